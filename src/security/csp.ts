/**
 * The site's Content-Security-Policy, written once: the server sends it as a header on every response
 * (scripts/serve.ts) and every page carries it in a `<meta>` tag for hosts that cannot set headers
 * (src/layouts/Base.astro).
 *
 * The site talks to nobody but itself. `'wasm-unsafe-eval'` lets DuckDB-WASM compile its WebAssembly
 * (it allows no JS eval); `blob:` workers let DuckDB start its worker from a blob URL; `'unsafe-inline'`
 * styles are needed by Observable Plot, which writes `style` attributes.
 *
 * No page may be framed by another site, except the embed pages (`/embed/…`, `/en/embed/…`), which
 * exist to be put in a newsroom's `<iframe>`: they carry no controls and change nothing, so being
 * framed anywhere risks no clickjacking.
 */
import { stripLocale } from '../i18n/locales.ts';

/** Directives that work both as a header and in a `<meta>` tag. */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "img-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** CSP Level 3 does not support `frame-ancestors` in a `<meta>` policy (browsers ignore it there): only the header carries it. */
const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** The embed pages may be framed by any site (`*`: any http, https, ws or wss origin). */
const EMBED_HEADER_DIRECTIVES = ['frame-ancestors *'] as const;

/** The locale-neutral prefix of the pages made to be framed. */
export const EMBED_PREFIX = '/embed/';

/** The policy sent as the `Content-Security-Policy` header. */
export const CONTENT_SECURITY_POLICY = [...DIRECTIVES, ...HEADER_ONLY_DIRECTIVES].join('; ');

/** The header policy of the embed pages: the same, but any site may frame them. */
export const EMBED_CONTENT_SECURITY_POLICY = [...DIRECTIVES, ...EMBED_HEADER_DIRECTIVES].join('; ');

/** The same policy for `<meta http-equiv="Content-Security-Policy">`: everything a meta tag can enforce. */
export const CONTENT_SECURITY_POLICY_META = DIRECTIVES.join('; ');

/**
 * Is this request target an embed page (in any locale)? Dot segments and percent-escapes are resolved
 * as the file server resolves them, so no other page can pass for one; the query string is ignored.
 */
export function isEmbedPath(target: string): boolean {
  let path: string;
  try {
    path = decodeURIComponent(new URL(`http://site${target.startsWith('/') ? '' : '/'}${target}`).pathname);
  } catch {
    return false;
  }
  return stripLocale(path).startsWith(EMBED_PREFIX);
}

/** The header policy for a request target (path and query): embed pages may be framed, nothing else. */
export function contentSecurityPolicy(target: string): string {
  return isEmbedPath(target) ? EMBED_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY;
}
