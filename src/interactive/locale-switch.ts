/**
 * The language switch keeps the view: the header's link to the page in another language carries the
 * current query string and hash (`/rankings/x/?domain=D3` ↔ `/en/rankings/x/?domain=D3`), updated on
 * load, on back/forward and after every change of an explorer's state (explorer.ts calls
 * `updateLocaleLinks`). Without JavaScript it stays the plain link to the page.
 */

/** The switch link's target with this page's query and hash: `switchHref('/en/x/', '?a=1', '#t')` → `/en/x/?a=1#t`. */
export function switchHref(href: string, search: string, hash: string): string {
  const url = new URL(href, 'http://localhost');
  return `${url.pathname}${search}${hash}`;
}

/** Points every `a[data-locale-switch]` at the same view in its language. */
export function updateLocaleLinks(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-locale-switch]')) {
    link.setAttribute('href', switchHref(link.getAttribute('href') ?? '/', location.search, location.hash));
  }
}

/** Keeps the switch links up to date on this page. */
export function startLocaleSwitch(): void {
  updateLocaleLinks();
  window.addEventListener('popstate', updateLocaleLinks);
  window.addEventListener('hashchange', updateLocaleLinks);
}
