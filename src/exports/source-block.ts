/**
 * The lines at the top of every file downloaded from a view (CSV, XLSX) and under a downloaded chart
 * (SVG, PNG): what it is, the address of the view with its query, where the figures come from, and the
 * filters, and the edition of the site it comes from (public or internal, as the pages say it), so the
 * file still says all of that when it travels on its own.
 */
import { interpolate } from '../i18n/interpolate.ts';

/** One filter as the page's controls show it, e.g. { label: "Lĩnh vực", value: "Cải cách thủ tục hành chính" }. */
export interface FilterValue {
  readonly label: string;
  readonly value: string;
}

/** What the lines say. */
export interface SourceInfo {
  readonly site: string;
  /** The chart's caption or the table's caption. */
  readonly title: string;
  /** The page's address with its query (`location.href`). */
  readonly url: string;
  readonly source: string;
  /** The decisions that published the years in view, oldest first. */
  readonly decisions: readonly { readonly year: number; readonly text: string }[];
  readonly filters: readonly FilterValue[];
  /** The sample's label when the view shows the illustrative sample. */
  readonly sample: string | null;
  /** The edition, as the page's footer says it ("Bản công khai"; src/components/EditionMark.astro). */
  readonly edition: string;
}

/** The labels of the lines, in the page's language (`decision` has a `{year}` placeholder). */
export interface SourceLabels {
  readonly page: string;
  readonly source: string;
  readonly decision: string;
  readonly filters: string;
}

/** The lines, each one cell of its own in a spreadsheet: title, page, source, decisions, filters, sample, edition. */
export function sourceLines(info: SourceInfo, labels: SourceLabels): string[] {
  const filters = info.filters.map((f) => `${f.label}: ${f.value}`).join('; ');
  return [
    `${info.site} — ${info.title}`,
    `${labels.page}: ${info.url}`,
    `${labels.source}: ${info.source}`,
    ...info.decisions.map((d) => `${interpolate(labels.decision, { year: d.year })}: ${d.text}`),
    ...(filters === '' ? [] : [`${labels.filters}: ${filters}`]),
    ...(info.sample === null ? [] : [info.sample]),
    info.edition,
  ];
}

/** The decisions to cite: those of the years the filters name (`year`, `from`, `to`), else of the page's default years. */
export function decisionsFor(
  decisions: Readonly<Record<string, string>>,
  filterYears: readonly number[],
  defaultYears: readonly number[],
): { year: number; text: string }[] {
  const years = [...new Set(filterYears.length > 0 ? filterYears : defaultYears)].sort((a, b) => a - b);
  return years.flatMap((year) => {
    const text = decisions[String(year)];
    return text ? [{ year, text }] : [];
  });
}

/**
 * A file name for a download from the page at `pathname` with `search`: the path's parts, the part of
 * the page, and the view's parameters, e.g. `rankings-sample-communes-ranking-domain-D3-to-2024.csv`.
 */
export function fileName(pathname: string, search: string, name: string, extension: string): string {
  const safe = (text: string) => text.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const path = pathname.split('/').filter(Boolean).map(safe).join('-') || 'home';
  const params = [...new URLSearchParams(search)].map(([key, value]) => safe(`${key}-${value}`)).join('-');
  const stem = [path, safe(name), params.slice(0, 80)].filter((part) => part !== '').join('-');
  return `${stem}.${extension}`;
}
