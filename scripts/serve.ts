/**
 * Serves the built site (dist/) the way production should: precompressed `.br`/`.gz` picked by
 * Accept-Encoding, byte ranges on the uncompressed files, ETags, and the site's strict
 * Content-Security-Policy (src/security/csp.ts) on every response, which lets only the embed pages be framed. File serving is sirv's; this
 * module only adds headers and guards the few request shapes sirv gets wrong (see {@link normaliseRange}).
 *
 * CLI: `node scripts/serve.ts [--port 4321] [--host 127.0.0.1] [--root dist]` (port 0 picks a free one).
 */
import { createReadStream, existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { contentSecurityPolicy, CONTENT_SECURITY_POLICY } from '../src/security/csp.ts';
import { portAdvice } from './port.ts';

/** Headers sent with every response, including 304, 404 and 405. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** Types sirv's table lacks or gives without a charset (Vietnamese text must not be read as Latin-1). */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  // The build writes Arrow IPC streams (what insertArrowFromIPCStream reads), not the file format.
  '.arrow': 'application/vnd.apache.arrow.stream',
  '.parquet': 'application/vnd.apache.parquet',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.ico': 'image/x-icon',
};

/** Astro puts content-hashed bundles here: their URL changes whenever their bytes do. */
const HASHED_ASSETS = '/_astro/';

/** Where and what to serve. */
export interface ServeOptions {
  /** Directory to serve, usually `dist`. */
  root: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
}

/** A running server. */
export interface RunningServer {
  /** Origin with a trailing slash, e.g. `http://127.0.0.1:4321/`. */
  url: string;
  /** Reads the file list again: new files, such as `.br`/`.gz` siblings written since, are served from then on. */
  reload(): void;
  close(): Promise<void>;
}

/**
 * Starts serving `root`. The file list is read once at start (sirv's production mode), so build
 * before starting, or call `reload()` after files were added.
 */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const root = resolve(options.root);
  const notFound = join(root, '404.html');
  const scan = () =>
    sirv(root, {
      brotli: true,
      gzip: true,
      etag: true,
      dev: false,
      setHeaders: setFileHeaders,
      onNoMatch: (req, res) => sendNotFound(req, res, existsSync(notFound) ? notFound : null),
    });
  let files = scan();
  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    // Only the embed pages may be framed by other sites (src/security/csp.ts).
    res.setHeader('Content-Security-Policy', contentSecurityPolicy(req.url ?? '/'));
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendMethodNotAllowed(res);
    res.setHeader('Cache-Control', cacheControl(req.url ?? '/'));
    normaliseRange(req);
    files(req, res);
  });
  await listen(server, options.port ?? 4321, options.host ?? '127.0.0.1');
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}/`,
    reload: () => {
      files = scan();
    },
    close: () => closeServer(server),
  };
}

function listen(server: ReturnType<typeof createServer>, port: number, host: string): Promise<void> {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      done();
    });
  });
}

function closeServer(server: ReturnType<typeof createServer>): Promise<void> {
  return new Promise((done, fail) => {
    server.close((error) => (error ? fail(error) : done()));
    server.closeAllConnections();
  });
}

/**
 * Makes sirv answer ranges correctly. Ranges address the identity bytes, so compressed siblings are
 * never picked for them. sirv 3 mis-parses suffix ranges (`bytes=-500`), `bytes=0-0`, inverted and
 * multiple ranges, and ignores If-Range; for those the Range header is dropped and the whole file is
 * sent with 200, which RFC 9110 §14.2 allows.
 */
export function normaliseRange(req: IncomingMessage): void {
  const range = req.headers.range;
  if (range === undefined) return;
  delete req.headers['accept-encoding'];
  const match = /^bytes=(\d+)-(\d*)$/.exec(range.trim());
  const start = Number(match?.[1]);
  const end = match?.[2] ? Number(match[2]) : null;
  const usable = match !== null && (end === null || (end >= start && end > 0));
  if (!usable || req.headers['if-range'] !== undefined) delete req.headers.range;
}

function cacheControl(url: string): string {
  return url.startsWith(HASHED_ASSETS) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

function setFileHeaders(res: ServerResponse, pathname: string): void {
  const type = CONTENT_TYPES[extname(pathname).toLowerCase()];
  if (type) res.setHeader('Content-Type', type);
  res.setHeader('Accept-Ranges', 'bytes');
}

function sendNotFound(req: IncomingMessage, res: ServerResponse, page: string | null): void {
  res.statusCode = 404;
  res.setHeader('Cache-Control', 'no-cache');
  if (page === null) {
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end('Not found\n');
    return;
  }
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  if (req.method === 'HEAD') res.end();
  else createReadStream(page).pipe(res);
}

function sendMethodNotAllowed(res: ServerResponse): void {
  res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
  res.end('Method not allowed\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4321' },
      host: { type: 'string', default: '127.0.0.1' },
      root: { type: 'string', default: 'dist' },
    },
  });
  const root = resolve(values.root);
  if (!existsSync(join(root, 'index.html'))) {
    console.error(`serve: ${join(root, 'index.html')} not found — run \`npm run build\` first`);
    process.exit(1);
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`serve: --port ${values.port} — expected an integer from 0 to 65535`);
    process.exit(1);
  }
  const server = await startServer({ root, port, host: values.host }).catch(async (error: NodeJS.ErrnoException) => {
    console.error(`serve: ${await portAdvice(port, values.host, error.code ?? error.message, 'npm run serve')}`);
    process.exit(1);
  });
  console.log(`Serving ${root} at ${server.url} (Ctrl+C to stop)`);
  process.once('SIGINT', () => void server.close().then(() => process.exit(0)));
  process.once('SIGTERM', () => void server.close().then(() => process.exit(0)));
}

if (import.meta.main) await main();
