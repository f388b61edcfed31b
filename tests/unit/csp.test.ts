import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_META,
  contentSecurityPolicy,
  EMBED_CONTENT_SECURITY_POLICY,
  isEmbedPath,
} from '../../src/security/csp.ts';

const directives = (policy: string): string[] => policy.split('; ');

describe('Content-Security-Policy', () => {
  test('the meta policy is the header policy without frame-ancestors, which a meta tag cannot carry', () => {
    assert.deepEqual(
      directives(CONTENT_SECURITY_POLICY).filter((d) => !d.startsWith('frame-ancestors')),
      directives(CONTENT_SECURITY_POLICY_META),
    );
    assert.ok(directives(CONTENT_SECURITY_POLICY).includes("frame-ancestors 'none'"));
    assert.ok(!CONTENT_SECURITY_POLICY_META.includes('frame-ancestors'));
  });

  test('the site talks only to itself and allows WebAssembly but no JavaScript eval', () => {
    const header = directives(CONTENT_SECURITY_POLICY);
    assert.ok(header.includes("default-src 'self'"));
    assert.ok(header.includes("connect-src 'self'"));
    assert.ok(header.includes("script-src 'self' 'wasm-unsafe-eval'"));
    assert.ok(!CONTENT_SECURITY_POLICY.includes("'unsafe-eval'"));
  });

  test('the embed pages, and only they, may be framed by any site; otherwise the same policy', () => {
    assert.deepEqual(
      directives(EMBED_CONTENT_SECURITY_POLICY).filter((d) => !d.startsWith('frame-ancestors')),
      directives(CONTENT_SECURITY_POLICY_META),
    );
    assert.ok(directives(EMBED_CONTENT_SECURITY_POLICY).includes('frame-ancestors *'));
    for (const path of ['/embed/rankings/vn-provinces/slope/', '/en/embed/units/ha-noi/', '/embed/x/?domain=D3', '/%65mbed/x/']) {
      assert.equal(isEmbedPath(path), true, path);
      assert.equal(contentSecurityPolicy(path), EMBED_CONTENT_SECURITY_POLICY, path);
    }
    for (const path of [
      '/',
      '/rankings/vn-provinces/',
      '/en/',
      '/embed',
      '/embedded/',
      '/rankings/?next=/embed/',
      '/embed/../units/',
      '//embed/x/',
      '/vi/embed/x/',
    ]) {
      assert.equal(isEmbedPath(path), false, path);
      assert.equal(contentSecurityPolicy(path), CONTENT_SECURITY_POLICY, path);
    }
  });
});
