/** What every chart takes and returns. */
import type { Locale } from '../i18n/locales.ts';

/** Options every chart accepts; each chart adds its own labels and settings. */
export interface BaseChartOptions<L> {
  /**
   * Width in CSS pixels. Pages draw every chart at each width of CHART_WIDTHS (src/views/chart-widths.ts)
   * and show the one that fits, at its own size; tests/charts/widths.test.ts checks each at those widths.
   */
  readonly width: number;
  /** Height in CSS pixels; each chart derives a default from its data. */
  readonly height?: number;
  readonly locale: Locale;
  /** Translated texts; templates may hold `{placeholders}` the chart fills with its figures. */
  readonly labels: L;
  /** The document to create elements in: jsdom's at build time, `window.document` in the browser. */
  readonly document?: Document;
  /** Prefix of any id in the output; give each chart on a page its own. Defaults to the chart's name. */
  readonly id?: string;
}
