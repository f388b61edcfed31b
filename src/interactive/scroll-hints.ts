/**
 * A table wider than the screen scrolls inside its `.table-wrap`, never the page. Shadows at the edges
 * (global.css) show there is more even without JavaScript; here a wrap that really scrolls also says so
 * in words above the table, and becomes one tab stop (a named region) so a keyboard can scroll it.
 * Wraps that fit get neither: no needless tab stops on a wide screen.
 */

/** Marks one wrap as scrolling, or not, for the width it has now. */
function mark(wrap: HTMLElement, hint: string): void {
  const scrolls = wrap.scrollWidth > wrap.clientWidth + 1;
  if (scrolls === wrap.hasAttribute('data-scrolls')) return;
  if (scrolls) {
    wrap.setAttribute('data-scrolls', hint);
    wrap.setAttribute('tabindex', '0');
    wrap.setAttribute('role', 'region');
    const caption = wrap.querySelector('caption')?.textContent?.trim();
    wrap.setAttribute('aria-label', caption ? `${caption} (${hint})` : hint);
  } else {
    for (const name of ['data-scrolls', 'tabindex', 'role', 'aria-label']) wrap.removeAttribute(name);
  }
}

/** Watches every table wrap of the page, those drawn later included, as the page's width changes. */
export function startScrollHints(): void {
  const hint = document.body.dataset.scrollHint ?? '';
  const watched = new WeakSet<Element>();
  const sizes = new ResizeObserver((entries) => {
    for (const entry of entries) mark(entry.target as HTMLElement, hint);
  });
  const watch = () => {
    for (const wrap of document.querySelectorAll<HTMLElement>('.table-wrap')) {
      if (watched.has(wrap)) continue;
      watched.add(wrap);
      sizes.observe(wrap);
    }
  };
  watch();
  new MutationObserver(watch).observe(document.body, { childList: true, subtree: true });
}
