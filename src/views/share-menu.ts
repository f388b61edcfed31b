/**
 * The "Download" menu of a chart or a data table: the same markup at build time and when a view is
 * redrawn in the browser. It is a `<details>`, so it opens without JavaScript, onto the full-data
 * downloads of the methodology page (files of the view shown are made in the browser). With JavaScript,
 * src/interactive/share.ts shows the buttons instead: SVG and PNG of the chart shown, CSV and XLSX of
 * the rows shown, and the embed code where the chart has an embed page.
 */
import { localePath, type Locale } from '../i18n/locales.ts';
import { t } from '../i18n/translate.ts';
import { esc } from '../tables/html.ts';

/** What a menu downloads. */
export interface ShareMenuOptions {
  /** 'figure': the chart of the enclosing `<figure class="chart">` and its data table; 'table': tables only. */
  readonly kind: 'figure' | 'table';
  /** The file names' last part, e.g. "slope" → `rankings-vn-provinces-slope.csv`. */
  readonly name: string;
  /**
   * For a table menu: a selector of the table(s) it downloads, looked up inside the menu's nearest
   * `[data-share-scope]` (else the page). Several tables (the lost-points breakdown) become one sheet.
   */
  readonly target?: string;
  /** What the file is of, when not the table's caption (a breakdown of many tables: the section's heading). */
  readonly title?: string;
  /** The embed page of the chart (locale-neutral path, e.g. `/embed/rankings/vn-provinces/slope/`), if it has one. */
  readonly embed?: string;
  /** The query parameters the embed page reads; the others of the page's query are left out of the embed code. */
  readonly embedParams?: readonly string[];
}

function button(format: string, label: string, text: string): string {
  return `<button type="button" data-export="${format}" aria-label="${esc(label)}">${esc(text)}</button>`;
}

/** The menu's HTML: closed, with the no-JavaScript note shown and the buttons hidden until share.ts runs. */
export function shareMenuHtml(locale: Locale, o: ShareMenuOptions): string {
  const k = (key: Parameters<typeof t>[1]) => t(locale, key);
  const embed = o.embed
    ? ` data-embed="${esc(localePath(locale, o.embed))}" data-embed-params="${esc((o.embedParams ?? []).join(','))}"`
    : '';
  const target = `${o.target ? ` data-share-target="${esc(o.target)}"` : ''}${o.title ? ` data-share-title="${esc(o.title)}"` : ''}`;
  const chart =
    o.kind === 'figure'
      ? `<span class="share-group"><span class="share-label">${esc(k('share.chart'))}</span>${button('svg', k('share.svgLabel'), 'SVG')}${button('png', k('share.pngLabel'), 'PNG')}</span>`
      : '';
  const data = `<span class="share-group"><span class="share-label">${esc(k('share.data'))}</span>${button('csv', k('share.csvLabel'), 'CSV')}${button('xlsx', k('share.xlsxLabel'), 'XLSX')}</span>`;
  const embedButton = o.embed ? `<button type="button" data-embed-show aria-expanded="false">${esc(k('share.embed'))}</button>` : '';
  const noJs = `<p class="note" data-share-nojs>${esc(k('share.noJs'))} <a href="${esc(localePath(locale, '/methodology/#downloads'))}">${esc(k('downloads.heading'))}</a></p>`;
  return [
    `<details class="share-menu" data-share-menu="${o.kind}" data-share-name="${esc(o.name)}"${target}${embed}>`,
    `<summary>${esc(k(o.embed ? 'share.menuEmbed' : 'share.menu'))}</summary>`,
    `<div class="share-body">${noJs}<div class="share-actions" data-share-js hidden>${chart}${data}${embedButton}</div>`,
    `<p class="share-status" role="status" aria-live="polite" data-share-status></p></div>`,
    '</details>',
  ].join('');
}
