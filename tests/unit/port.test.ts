import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { freePortAfter, portAdvice, portProblem } from '../../scripts/port.ts';

describe('port checks', () => {
  let holder: Server;
  let busy: number;

  before(async () => {
    holder = createServer();
    await new Promise<void>((done) => holder.listen(0, '127.0.0.1', done));
    busy = (holder.address() as { port: number }).port;
  });

  after(() => new Promise<void>((done) => holder.close(() => done())));

  test('a port another server holds is busy; the check leaves nothing listening', async () => {
    assert.equal(await portProblem(busy, '127.0.0.1'), 'EADDRINUSE');
    const free = await freePortAfter(busy, '127.0.0.1');
    assert.equal(await portProblem(free, '127.0.0.1'), null);
    assert.equal(await portProblem(free, '127.0.0.1'), null, 'still free after being checked');
  });

  test('the suggestion is a free port after the busy one', async () => {
    const free = await freePortAfter(busy, '127.0.0.1');
    assert.ok(free !== busy && free > 0);
    const advice = await portAdvice(busy, '127.0.0.1', 'EADDRINUSE', 'npm start');
    const suggested = Number(/Try: npm start -- --port (\d+)$/.exec(advice)?.[1]);
    assert.match(advice, new RegExp(`^Cannot listen on 127\\.0\\.0\\.1:${busy} \\(EADDRINUSE\\): another server`));
    assert.ok(suggested > busy, advice);
    assert.equal(await portProblem(suggested, '127.0.0.1'), null);
  });

  test('an address of another machine suggests --host instead', async () => {
    const problem = await portProblem(4321, '192.0.2.1');
    assert.equal(problem, 'EADDRNOTAVAIL');
    assert.match(
      await portAdvice(4321, '192.0.2.1', problem ?? '', 'npm run serve'),
      /not an address of this machine\. Try: npm run serve -- --host 127\.0\.0\.1$/,
    );
  });
});
