/**
 * Everything the comparison page shows for one state: the units' scores and ranks over the years,
 * their domain profiles in the chosen year, and the items where they differ most (sub-criteria where
 * the index has detail). The same at build time (the default state) and in the browser (the explorer),
 * from the index's rows read once (compareData) and sliced here per choice.
 */
import { compareLines, type ComparePoint } from '../charts/compare-lines.ts';
import { compareProfiles, type ProfileRow } from '../charts/compare-profiles.ts';
import { pctText } from '../charts/chart-format.ts';
import type { TrendBreak } from '../charts/trend-panels.ts';
import type { ComparedUnit } from '../charts/unit-styles.ts';
import type { Db } from '../db/types.ts';
import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { nameOf } from '../i18n/names.ts';
import { t } from '../i18n/translate.ts';
import { choiceText } from '../interactive/combobox.ts';
import { compareItems } from '../queries/compare-items.ts';
import { domainSeries, type SeriesYearRow } from '../queries/domain-series.ts';
import { trendScores, type TrendScoreRow } from '../queries/domain-trends.ts';
import type { IndexSummary } from '../queries/indices.ts';
import { rankHistory, type RankHistoryRow } from '../queries/rank-history.ts';
import { TOTAL_CODE } from '../schema/vocabulary.ts';
import { atChartWidths, type ChartRenderings } from './chart-widths.ts';
import { MIN_COMPARED, type CompareState } from './compare-state.ts';
import { itemSpreads, itemsTable } from './compare-items.ts';
import { rankKindsNote } from './compare-rank-note.ts';
import { figureHtml } from './figure-html.ts';
import type { UnitChoice } from './unit-choices.ts';

/** The index's rows every view of the page slices: scores per series, ranks, series names. */
export interface CompareData {
  scores: TrendScoreRow[];
  ranks: RankHistoryRow[];
  series: SeriesYearRow[];
}

export interface CompareView {
  /** Why nothing is drawn (fewer than two units); '' when the charts are there. */
  prompt: string;
  scores: ChartRenderings | null;
  ranks: ChartRenderings | null;
  profiles: ChartRenderings | null;
  /** Units without a score in the chosen year, said in words; ''. */
  missing: string;
  /** Why there is no profile chart (no domain scores in the year); ''. */
  profilesNote: string;
  profilesHeading: string;
  itemsHeading: string;
  itemsTable: string;
}

/** Reads the index's rows: every unit's score per series and year, its ranks, the series. */
export async function compareData(db: Db, indexId: string): Promise<CompareData> {
  const [scores, ranks, series] = await Promise.all([trendScores(db, indexId), rankHistory(db, indexId), domainSeries(db, indexId)]);
  return { scores, ranks, series };
}

/** The total's points of the chosen units, and their ranks with the same breaks. */
function linePoints(data: CompareData, ids: ReadonlySet<string>): { scores: ComparePoint[]; ranks: ComparePoint[] } {
  const totals = data.scores.filter((s) => s.series === TOTAL_CODE && ids.has(s.unit_id));
  const breakOf = new Map(totals.map((s) => [`${s.unit_id}|${s.year}`, s.break_reason as TrendBreak | null]));
  return {
    scores: totals.map((s) => ({ unit: s.unit_id, year: s.year, value: s.pct, break: s.break_reason as TrendBreak | null })),
    ranks: data.ranks
      .filter((r) => ids.has(r.unit_id))
      .map((r) => ({ unit: r.unit_id, year: r.year, value: r.rank, break: breakOf.get(`${r.unit_id}|${r.year}`) ?? null })),
  };
}

/** One row per domain of the year (series order) that some unit has a score in, each unit's percent. */
function profileRows(locale: Locale, data: CompareData, year: number, ids: ReadonlySet<string>): ProfileRow[] {
  const domains = data.series.filter((s) => s.year === year && s.series !== TOTAL_CODE);
  return domains
    .map((d) => {
      const own = data.scores.filter((s) => s.series === d.series && s.year === year && ids.has(s.unit_id));
      return { label: nameOf(locale, d), values: Object.fromEntries(own.map((s) => [s.unit_id, s.pct])) };
    })
    .filter((row) => Object.values(row.values).some((v) => v !== null));
}

/** The chosen units with the names the search shows them by. */
export function comparedUnits(ids: readonly string[], choices: readonly UnitChoice[]): ComparedUnit[] {
  const byId = new Map(choices.map((c) => [c.id, c]));
  return ids.map((id) => ({ id, label: byId.has(id) ? choiceText(byId.get(id)!) : id }));
}

/** Builds the page's figures and table for a state. */
export async function compareView(
  db: Db,
  document: Document,
  p: { locale: Locale; index: IndexSummary; state: CompareState; data: CompareData; choices: readonly UnitChoice[] },
): Promise<CompareView> {
  const { locale, index, state, data } = p;
  const itemsHeading = t(locale, 'compare.items.heading', { year: state.year });
  const profilesHeading = t(locale, 'compare.profiles.title', { year: state.year });
  if (state.units.length < MIN_COMPARED) {
    const prompt = t(locale, 'compare.prompt', { min: MIN_COMPARED });
    return {
      prompt,
      scores: null,
      ranks: null,
      profiles: null,
      missing: '',
      profilesNote: '',
      profilesHeading,
      itemsHeading,
      itemsTable: '',
    };
  }
  const units = comparedUnits(state.units, p.choices);
  const ids = new Set(state.units);
  const years = [...new Set(data.series.map((s) => s.year))].sort((a, b) => a - b);
  const points = linePoints(data, ids);
  const breakNote = t(locale, 'compare.breaks');
  const kinds = rankKindsNote(
    locale,
    data.ranks.filter((r) => ids.has(r.unit_id)),
    years,
  );
  const lines = (measure: 'score' | 'rank', rows: ComparePoint[]) =>
    atChartWidths((width) =>
      figureHtml(
        compareLines(rows, {
          width,
          locale,
          document,
          units,
          years,
          measure,
          id: `compare-${measure}-${width}`,
          format: (v) => (measure === 'rank' ? formatNumber(locale, v) : pctText(locale, v)),
          labels: {
            title: t(locale, `compare.${measure}.title`),
            summary: t(locale, 'compare.lines.summary'),
            year: t(locale, 'compare.year'),
          },
        }),
        [t(locale, `compare.${measure}.caption`), breakNote, measure === 'rank' ? kinds : ''].filter((s) => s !== '').join(' '),
      ),
    );
  const rows = profileRows(locale, data, state.year, ids);
  const withScore = new Set(data.scores.filter((s) => s.year === state.year && s.pct !== null && ids.has(s.unit_id)).map((s) => s.unit_id));
  const absent = units.filter((u) => !withScore.has(u.id)).map((u) => u.label);
  const missing = absent.length === 0 ? '' : t(locale, 'compare.missing', { units: absent.join(', '), year: state.year });
  const profiles =
    rows.length === 0
      ? null
      : atChartWidths((width) =>
          figureHtml(
            compareProfiles(rows, {
              width,
              locale,
              document,
              units,
              year: state.year,
              id: `compare-profiles-${width}`,
              labels: {
                title: t(locale, 'compare.profiles.title', { year: state.year }),
                summary: t(locale, 'compare.profiles.summary'),
                domain: t(locale, 'compare.profiles.domain'),
                axis: t(locale, 'compare.profiles.axis'),
                year: t(locale, 'compare.year'),
              },
            }),
            [t(locale, 'compare.profiles.caption', { year: state.year }), missing].filter((s) => s !== '').join(' '),
          ),
        );
  const spreads = itemSpreads(locale, await compareItems(db, index.index_id, state.year, state.units));
  return {
    prompt: '',
    scores: lines('score', points.scores),
    ranks: lines('rank', points.ranks),
    profiles,
    missing,
    profilesNote: rows.length === 0 ? t(locale, 'compare.profiles.none', { year: state.year }) : '',
    profilesHeading,
    itemsHeading,
    itemsTable: itemsTable(locale, spreads, units, state.year),
  };
}
