/**
 * The site's Content-Security-Policy, written once: the server sends it as a header on every response
 * (scripts/serve.ts) and every page carries it in a `<meta>` tag for hosts that cannot set headers
 * (src/layouts/Base.astro).
 *
 * The site talks to nobody but itself. `'wasm-unsafe-eval'` lets DuckDB-WASM compile its WebAssembly
 * (it allows no JS eval); `blob:` workers let DuckDB start its worker from a blob URL; `'unsafe-inline'`
 * styles are needed by Observable Plot, which writes `style` attributes.
 */

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

/** The policy sent as the `Content-Security-Policy` header. */
export const CONTENT_SECURITY_POLICY = [...DIRECTIVES, ...HEADER_ONLY_DIRECTIVES].join('; ');

/** The same policy for `<meta http-equiv="Content-Security-Policy">`: everything a meta tag can enforce. */
export const CONTENT_SECURITY_POLICY_META = DIRECTIVES.join('; ');
