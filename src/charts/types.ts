/** What every chart takes and returns. */
import type { Locale } from '../i18n/locales.ts';

/** Options every chart accepts; each chart adds its own labels and settings. */
export interface BaseChartOptions<L> {
  /** Width in CSS pixels; the SVG scales down with its container (viewBox) and is tested at 360. */
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
