/** Minimal HTML building for tables rendered both at build time (Astro set:html) and in the browser. */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export function esc(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** One table cell; `num` right-aligns figures. */
export function cell(
  content: string,
  opts: { num?: boolean; header?: boolean; cls?: string; sortValue?: string | number | null } = {},
): string {
  const tag = opts.header ? 'th' : 'td';
  const cls = [opts.num ? 'num' : '', opts.cls ?? ''].filter(Boolean).join(' ');
  const sort = opts.sortValue === undefined || opts.sortValue === null ? '' : ` data-sort="${esc(opts.sortValue)}"`;
  return `<${tag}${cls ? ` class="${cls}"` : ''}${opts.header ? ' scope="row"' : ''}${sort}>${content}</${tag}>`;
}

/** A whole table with caption, header row and body rows (already-built cells). */
export interface HeaderCell {
  label: string;
  num?: boolean;
  /** The column can be sorted by this key (the explorer turns the header into a button). */
  sortKey?: string;
  ariaSort?: string;
}

export function table(caption: string, headers: HeaderCell[], rows: string[][], attrs = ''): string {
  const head = headers
    .map((h) => {
      const extra = `${h.num ? ' class="num"' : ''}${h.sortKey ? ` data-sort-key="${esc(h.sortKey)}"` : ''}${h.ariaSort ? ` aria-sort="${esc(h.ariaSort)}"` : ''}`;
      return `<th scope="col"${extra}>${esc(h.label)}</th>`;
    })
    .join('');
  const body = rows.map((cells) => `<tr>${cells.join('')}</tr>`).join('');
  return `<div class="table-wrap"><table ${attrs}><caption>${esc(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}
