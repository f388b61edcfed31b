import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { startServer, type RunningServer } from '../../scripts/serve.ts';
import { CONTENT_SECURITY_POLICY, EMBED_CONTENT_SECURITY_POLICY } from '../../src/security/csp.ts';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** node:http rather than fetch, because fetch would decode the body and hide what was sent. */
function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> {
  return new Promise((done, fail) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

const script = Buffer.from('export const greeting = "Chỉ số cải cách hành chính";\n'.repeat(200));
const brotli = brotliCompressSync(script);
const gzip = gzipSync(script);
const wasm = Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
const notFoundPage = '<!doctype html><html lang="vi"><title>Không tìm thấy</title></html>';

describe('serve', () => {
  let root: string;
  let server: RunningServer;
  const at = (path: string): string => new URL(path, server.url).href;

  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'serve-test-'));
    await mkdir(join(root, '_astro'));
    await writeFile(join(root, 'index.html'), '<!doctype html><html lang="vi"><title>PAR</title></html>');
    await writeFile(join(root, '404.html'), notFoundPage);
    await writeFile(join(root, 'app.js'), script);
    await writeFile(join(root, 'app.js.br'), brotli);
    await writeFile(join(root, 'app.js.gz'), gzip);
    await writeFile(join(root, '_astro', 'duckdb.a1b2c3.wasm'), wasm);
    await writeFile(join(root, 'units.arrow'), script);
    await writeFile(join(root, 'units.arrow.br'), brotli);
    await mkdir(join(root, 'embed', 'chart'), { recursive: true });
    await writeFile(join(root, 'embed', 'chart', 'index.html'), '<!doctype html><html lang="vi"><title>Nhúng</title></html>');
    server = await startServer({ root, port: 0 });
  });

  after(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  test('listens on 127.0.0.1 and reports its URL', () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  test('Accept-Encoding br sends the brotli file', async () => {
    const res = await get(at('/app.js'), { 'Accept-Encoding': 'gzip, deflate, br' });
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-encoding'], 'br');
    assert.equal(res.headers['content-type'], 'text/javascript');
    assert.equal(res.headers.vary, 'Accept-Encoding');
    assert.deepEqual(res.body, brotli);
  });

  test('Accept-Encoding gzip sends the gzip file', async () => {
    const res = await get(at('/app.js'), { 'Accept-Encoding': 'gzip' });
    assert.equal(res.headers['content-encoding'], 'gzip');
    assert.deepEqual(res.body, gzip);
  });

  test('no Accept-Encoding sends the identity file', async () => {
    const res = await get(at('/app.js'));
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-encoding'], undefined);
    assert.equal(Number(res.headers['content-length']), script.length);
    assert.deepEqual(res.body, script);
  });

  test('a Range request gets 206 with identity bytes even when br is accepted', async () => {
    const res = await get(at('/app.js'), { Range: 'bytes=10-29', 'Accept-Encoding': 'br, gzip' });
    assert.equal(res.status, 206);
    assert.equal(res.headers['content-range'], `bytes 10-29/${script.length}`);
    assert.equal(res.headers['content-encoding'], undefined);
    assert.deepEqual(res.body, script.subarray(10, 30));
  });

  test('an open-ended ranged HEAD reports the identity size, as DuckDB-WASM expects', async () => {
    const res = await get(at('/units.arrow'), { Range: 'bytes=0-', 'Accept-Encoding': 'br' }, 'HEAD');
    assert.equal(res.status, 206);
    assert.equal(Number(res.headers['content-length']), script.length);
    assert.equal(res.headers['content-range'], `bytes 0-${script.length - 1}/${script.length}`);
  });

  test('ranges sirv cannot answer correctly fall back to the whole file with 200', async () => {
    for (const range of ['bytes=0-0', 'bytes=-100', 'bytes=50-10', 'bytes=0-9,20-29']) {
      const res = await get(at('/app.js'), { Range: range });
      assert.equal(res.status, 200, range);
      assert.deepEqual(res.body, script, range);
    }
  });

  test('a range past the end gets 416', async () => {
    const res = await get(at('/app.js'), { Range: `bytes=${script.length}-` });
    assert.equal(res.status, 416);
  });

  test('every response carries the security headers', async () => {
    for (const path of ['/', '/app.js', '/missing']) {
      const res = await get(at(path));
      assert.equal(res.headers['content-security-policy'], CONTENT_SECURITY_POLICY, path);
      assert.equal(res.headers['x-content-type-options'], 'nosniff', path);
      assert.equal(res.headers['referrer-policy'], 'no-referrer', path);
    }
    assert.match(CONTENT_SECURITY_POLICY, /default-src 'self'/);
    assert.match(CONTENT_SECURITY_POLICY, /connect-src 'self';/);
  });

  test('only the embed pages may be framed by other sites', async () => {
    for (const path of ['/embed/chart/', '/embed/chart/?domain=D3&to=2024', '/en/embed/missing/']) {
      const res = await get(at(path));
      assert.equal(res.headers['content-security-policy'], EMBED_CONTENT_SECURITY_POLICY, path);
      assert.match(String(res.headers['content-security-policy']), /frame-ancestors \*$/, path);
    }
    assert.equal((await get(at('/embed/chart/'))).status, 200);
    for (const path of ['/', '/embed', '/embedded/', '/rankings/?x=/embed/', '/embed/../app.js']) {
      assert.equal((await get(at(path))).headers['content-security-policy'], CONTENT_SECURITY_POLICY, path);
    }
  });

  test('wasm is served as application/wasm, hashed assets are immutable', async () => {
    const res = await get(at('/_astro/duckdb.a1b2c3.wasm'));
    assert.equal(res.headers['content-type'], 'application/wasm');
    assert.match(String(res.headers['cache-control']), /immutable/);
    assert.deepEqual(res.body, wasm);
  });

  test('data and pages revalidate, Arrow gets its media type', async () => {
    const res = await get(at('/units.arrow'));
    assert.equal(res.headers['content-type'], 'application/vnd.apache.arrow.stream');
    assert.equal(res.headers['cache-control'], 'no-cache');
    const page = await get(at('/'));
    assert.equal(page.headers['content-type'], 'text/html;charset=utf-8');
    assert.equal(page.headers['cache-control'], 'no-cache');
  });

  test('a matching ETag gets 304 with the CSP', async () => {
    const first = await get(at('/app.js'));
    const etag = String(first.headers.etag);
    const res = await get(at('/app.js'), { 'If-None-Match': etag });
    assert.equal(res.status, 304);
    assert.equal(res.headers['content-security-policy'], CONTENT_SECURITY_POLICY);
  });

  test('unknown paths get 404.html with status 404', async () => {
    const res = await get(at('/khong-co/'));
    assert.equal(res.status, 404);
    assert.equal(res.headers['content-type'], 'text/html; charset=utf-8');
    assert.equal(res.body.toString(), notFoundPage);
  });

  test('paths outside the root are not served', async () => {
    const res = await get(at('/../../../../etc/passwd'));
    assert.equal(res.status, 404);
    const encoded = await get(`${server.url}%2e%2e/%2e%2e/etc/passwd`);
    assert.equal(encoded.status, 404);
  });

  test('methods other than GET and HEAD get 405', async () => {
    const res = await get(at('/'), {}, 'POST');
    assert.equal(res.status, 405);
    assert.equal(res.headers.allow, 'GET, HEAD');
  });
});

describe('serve without 404.html', () => {
  test('answers 404 in plain text', async () => {
    const root = await mkdtemp(join(tmpdir(), 'serve-test-'));
    await writeFile(join(root, 'index.html'), '<!doctype html>');
    const server = await startServer({ root, port: 0 });
    try {
      const res = await get(new URL('/nope', server.url).href);
      assert.equal(res.status, 404);
      assert.equal(res.body.toString(), 'Not found\n');
    } finally {
      await server.close();
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('serve while compressed files are being written', () => {
  test('sends the identity file until reload() reads the new .br sibling', async () => {
    const root = await mkdtemp(join(tmpdir(), 'serve-test-'));
    await writeFile(join(root, 'index.html'), '<!doctype html>');
    await writeFile(join(root, 'app.js'), script);
    const server = await startServer({ root, port: 0 });
    const app = new URL('/app.js', server.url).href;
    try {
      const before = await get(app, { 'Accept-Encoding': 'br, gzip' });
      assert.equal(before.headers['content-encoding'], undefined);
      assert.deepEqual(before.body, script);
      await writeFile(join(root, 'app.js.br'), brotli);
      assert.equal((await get(app, { 'Accept-Encoding': 'br' })).headers['content-encoding'], undefined, 'not before reload()');
      server.reload();
      const after = await get(app, { 'Accept-Encoding': 'br, gzip' });
      assert.equal(after.headers['content-encoding'], 'br');
      assert.deepEqual(after.body, brotli);
      assert.equal(after.headers['content-type'], before.headers['content-type'], 'the type of the original file');
    } finally {
      await server.close();
      await rm(root, { recursive: true, force: true });
    }
  });
});
