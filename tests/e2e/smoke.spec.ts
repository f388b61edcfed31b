import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META } from '../../src/security/csp.ts';
import { expectNoErrors, expectNoExternalRequests, openPage, useSite } from './support/site.ts';

const site = useSite();

for (const javaScriptEnabled of [false, true]) {
  describe(`home page, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test('is served with the CSP, in Vietnamese, talking to no other host and logging no error', async () => {
      const opened = await openPage(site.browser, '/', { javaScriptEnabled, waitUntil: 'networkidle' });
      try {
        assert.equal(opened.response.status(), 200);
        assert.equal(await opened.response.headerValue('content-security-policy'), CONTENT_SECURITY_POLICY);
        const meta = opened.page.locator('meta[http-equiv="Content-Security-Policy"]');
        assert.equal(await meta.getAttribute('content'), CONTENT_SECURITY_POLICY_META, 'the page carries the same policy');
        assert.equal(await opened.page.getAttribute('html', 'lang'), 'vi');
        assert.ok((await opened.page.title()).trim().length > 0, 'the page has a title');
        expectNoExternalRequests(opened);
        expectNoErrors(opened);
      } finally {
        await opened.close();
      }
    });
  });
}
