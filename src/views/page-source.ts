/**
 * The data source of a page in words, for its downloads and its printed foot: who publishes the index,
 * which index, and the decision that published each year's results where it is known.
 */
import type { Locale } from '../i18n/locales.ts';
import { nameOf } from '../i18n/names.ts';
import { t } from '../i18n/translate.ts';
import type { IndexPublisher } from '../queries/index-publishers.ts';
import type { PageSource } from './share-config.ts';

/** An index as the source needs it. */
export interface SourceIndex {
  readonly index_id: string;
  readonly name_vi: string;
  readonly name_en: string | null;
  readonly is_sample: boolean;
}

/** "Bộ Nội vụ — Chỉ số CCHC cấp tỉnh" (the publisher in the page's language). */
function sourceText(locale: Locale, index: SourceIndex, publishers: readonly IndexPublisher[]): string {
  const p = publishers.find((row) => row.index_id === index.index_id);
  const publisher = p ? nameOf(locale, { name_vi: p.publisher_vi, name_en: p.publisher_en }) : '';
  const name = nameOf(locale, index);
  return publisher === '' ? name : t(locale, 'share.sourceIndex', { publisher, index: name });
}

/** One index's source, with the decisions of its years and the years a download cites by default. */
export function indexSource(
  locale: Locale,
  index: SourceIndex,
  publishers: readonly IndexPublisher[],
  years: readonly { year: number; decision_vi: string | null }[],
  cite: readonly number[],
): PageSource {
  const decisions = Object.fromEntries(years.flatMap((y) => (y.decision_vi ? [[String(y.year), y.decision_vi]] : [])));
  return { text: sourceText(locale, index, publishers), decisions, years: cite, sample: index.is_sample };
}

/**
 * The source of a page showing several indices: each named once. Sample only when all are (the sample
 * indices' names say so; each part of the page names its own source with {@link shareScope}).
 */
export function indicesSource(locale: Locale, indices: readonly SourceIndex[], publishers: readonly IndexPublisher[]): PageSource {
  const texts = [...new Set(indices.map((index) => sourceText(locale, index, publishers)))];
  return { text: texts.join('; '), sample: indices.length > 0 && indices.every((index) => index.is_sample) };
}

/**
 * The attributes of a part of a page with a source of its own (one index on the home page): the
 * download menus inside it look their targets up there and write its source, decisions and sample flag.
 */
export function shareScope(source: PageSource): Record<string, string> {
  return {
    'data-share-scope': '',
    'data-share-source': source.text,
    'data-share-decisions': JSON.stringify(source.decisions ?? {}),
    'data-share-years': (source.years ?? []).join(','),
    ...(source.sample ? { 'data-share-sample': '' } : {}),
  };
}
