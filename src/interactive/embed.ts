/**
 * The embed page's link to the full view carries the embed's query, so a reader lands on the same
 * view (filters included) on the site.
 */

/** Puts the page's query on the link to the full view, as it is when the link is followed (the explorer may have rewritten it). */
export function keepQueryOnFullView(): void {
  const link = document.querySelector<HTMLAnchorElement>('[data-embed-full]');
  if (!link) return;
  const base = link.getAttribute('href')?.split('?')[0] ?? '/';
  const update = () => {
    link.href = `${base}${location.search}`;
  };
  update();
  link.addEventListener('click', update);
  link.addEventListener('auxclick', update);
}
