import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META } from '../../src/security/csp.ts';

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
});
