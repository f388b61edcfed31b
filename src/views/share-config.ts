/**
 * What the page tells its share and download code (src/interactive/share.ts): the site, the data
 * source of the page, the decisions that published its years, and the texts in the page's language.
 * Written once per page as JSON by the layout, so the code that runs on every page carries no
 * dictionary of its own.
 */
import type { Locale } from '../i18n/locales.ts';
import { t, type MessageKey } from '../i18n/translate.ts';
import { DEFAULT_EDITION, type Edition } from '../schema/editions.ts';

/** Where a page's figures come from. */
export interface PageSource {
  /** In words, e.g. "Bộ Nội vụ — Chỉ số CCHC cấp tỉnh". */
  readonly text: string;
  /** The decision that published each year's results, where known (index_years.decision_vi). */
  readonly decisions?: Readonly<Record<string, string>>;
  /** The years a download cites when the view has no year filter. */
  readonly years?: readonly number[];
  /** The page shows the illustrative sample: every file says so. */
  readonly sample?: boolean;
}

const LABEL_KEYS = {
  saved: 'share.saved',
  failed: 'share.failed',
  working: 'share.working',
  copied: 'share.copied',
  embedCopied: 'share.embedCopied',
  copyFailed: 'share.copyFailed',
  copyEmbed: 'share.copyEmbed',
  embedCode: 'share.embedCode',
  page: 'share.file.page',
  source: 'share.file.source',
  filters: 'share.file.filters',
  decision: 'share.file.decision',
  sheet: 'share.file.sheet',
  group: 'share.file.group',
} as const satisfies Record<string, MessageKey>;

/** The texts the share code shows or writes into files; `decision`, `saved` and `failed` keep their placeholders. */
export type ShareLabels = Record<keyof typeof LABEL_KEYS, string>;

/** The page's share configuration (JSON in `<script type="application/json" data-share-config>`). */
export interface ShareConfig {
  readonly locale: Locale;
  readonly site: string;
  readonly source: string;
  readonly decisions: Readonly<Record<string, string>>;
  readonly years: readonly number[];
  /** The page shows the illustrative sample (a part with a source of its own says so itself: `data-share-sample`). */
  readonly sample: boolean;
  readonly sampleLabel: string;
  /** The edition of the site, as its pages say it: every downloaded file ends with it. */
  readonly edition: string;
  readonly labels: ShareLabels;
}

/** The source of a page that names none: the methodology page lists every source. */
export function genericSource(locale: Locale): PageSource {
  return { text: t(locale, 'share.sourceGeneric') };
}

/** The configuration of a page in `locale` showing figures from `source`, in `edition` (the data build's). */
export function shareConfig(locale: Locale, source: PageSource = genericSource(locale), edition: Edition = DEFAULT_EDITION): ShareConfig {
  const labels = Object.fromEntries(Object.entries(LABEL_KEYS).map(([name, key]) => [name, t(locale, key)])) as ShareLabels;
  return {
    locale,
    site: t(locale, 'site.title'),
    source: source.text,
    decisions: source.decisions ?? {},
    years: source.years ?? [],
    sample: source.sample ?? false,
    sampleLabel: t(locale, 'sample.label'),
    edition: t(locale, edition === 'public' ? 'edition.public' : 'edition.internal'),
    labels,
  };
}
