/**
 * Is a port free? Asked before a build, so `npm start` says at once that another server holds the port
 * instead of failing after a minute of building.
 */
import { createServer } from 'node:net';

/** Why listening on a port would fail (`EADDRINUSE`, `EACCES`, …), or null when it would work. */
export function portProblem(port: number, host: string): Promise<string | null> {
  return new Promise((done) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => done(error.code ?? error.message));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => done(null)));
  });
}

/** The first free port after `port` (up to 50 further), else one the system picks. */
export async function freePortAfter(port: number, host: string): Promise<number> {
  for (let candidate = port + 1; candidate <= Math.min(port + 50, 65535); candidate++) {
    if ((await portProblem(candidate, host)) === null) return candidate;
  }
  return await new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen({ port: 0, host }, () => {
      const address = probe.address();
      probe.close(() => done(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

/**
 * What to tell someone who cannot listen where they asked, with the command to run instead, e.g.
 * `Port 4321 on 127.0.0.1 is in use (EADDRINUSE): another server, perhaps an earlier \`npm start\`, holds it.
 * Try: npm start -- --port 4322`. `command` is how they started, e.g. `npm start`.
 */
export async function portAdvice(port: number, host: string, problem: string, command: string): Promise<string> {
  const cannot = `Cannot listen on ${host}:${port} (${problem})`;
  if (problem === 'EADDRNOTAVAIL' || problem === 'ENOTFOUND')
    return `${cannot}: ${host} is not an address of this machine. Try: ${command} -- --host 127.0.0.1`;
  const why =
    problem === 'EADDRINUSE'
      ? 'another server, perhaps an earlier `npm start`, holds that port'
      : problem === 'EACCES'
        ? 'ports below 1024 need special rights'
        : 'the system refused it';
  return `${cannot}: ${why}. Try: ${command} -- --port ${await freePortAfter(Math.max(port, 1023), host)}`;
}
