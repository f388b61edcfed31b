/** What an import recognised, as a short two-column table for people to check before anything is written. */
import path from 'node:path';
import type { Converted } from './convert.ts';
import type { Column, Layout } from './layout.ts';
import { describeScales } from './scales.ts';
import type { UnitMatch } from './units-match.ts';
import { columnLetter, type Workbook } from './workbook.ts';

const KINDS = {
  long: 'long (one row per unit and item)',
  wide: 'wide (one row per unit, one column per item), folded to long rows',
  ranking: 'ranking (one total per unit)',
  appendix: 'explanation appendix (round-1 deductions of one unit)',
} as const;

/** Columns read but kept nowhere, and why (none today: the proposed score has its stage, scores.proposed_score). */
const NOT_STORED: Partial<Record<string, string>> = {};

function named(c: Column): string {
  const why = c.meaning ? NOT_STORED[c.meaning] : undefined;
  return `${columnLetter(c.index)} ${c.meaning ?? c.item}${why ? ` (${why})` : ''}`;
}

function columns(layout: Layout): string {
  const used = layout.columns.filter((c) => c.meaning || c.item);
  const ignored = layout.columns.filter((c) => !c.meaning && !c.item && c.header !== '');
  const list = used.map(named).join(', ');
  return ignored.length === 0 ? list : `${list}; ignored: ${ignored.map((c) => `${columnLetter(c.index)} "${c.header}"`).join(', ')}`;
}

function dropped(layout: Layout): string {
  const byWhy = Map.groupBy(layout.dropped, (d) => d.why);
  return [...byWhy].map(([why, rows]) => `${rows.length} ${why} (row ${rows.map((r) => layout.sheet.lines[r.row]).join(', ')})`).join('; ');
}

function units(matches: readonly UnitMatch[]): string {
  const by = (how: UnitMatch['how']): UnitMatch[] => matches.filter((m) => m.how === how);
  const loose = by('loose').map((m) => `"${m.written}" → ${m.unit!.unit_id}`);
  const parts = [
    `${matches.filter((m) => m.unit).length} of ${matches.length} matched`,
    `${by('name').length} by name or alias`,
    `${by('alias file').length} by the alias file`,
    `${loose.length} loosely${loose.length > 0 ? ` (${loose.join(', ')})` : ''}`,
  ];
  return parts.join(', ');
}

export interface SummaryInput {
  file: string;
  book: Workbook;
  layout: Layout;
  converted: Converted;
  units: readonly UnitMatch[];
}

/** The table: file, sheet, layout, header, columns, rows, units, assumptions. */
export function summarise(s: SummaryInput): [string, string][] {
  const { layout } = s;
  const lines = layout.headerRows.map((r) => layout.sheet.lines[r]);
  const others = s.book.sheets.map((x) => x.name).filter((n) => n !== layout.sheet.name);
  const out: [string, string][] = [
    ['file', `${path.basename(s.file)} (${s.book.format}${s.book.encoding ? `, ${s.book.encoding}` : ''})`],
    ['sheet', `${layout.sheet.name}${others.length > 0 ? ` (also: ${others.join(', ')})` : ''}`],
    ['layout', KINDS[layout.kind]],
    ['header', lines.length > 1 ? `rows ${lines.join('–')} (two-row header folded)` : `row ${lines[0]}`],
    ['columns', columns(layout)],
    ...(s.converted.scales.length > 0 ? [['scores', describeScales(s.converted.scales)] as [string, string]] : []),
    [
      'rows',
      `${layout.dataRows.length} read → ${s.converted.rows.length} ${s.converted.format} rows${layout.dropped.length > 0 ? `; dropped ${dropped(layout)}` : ''}`,
    ],
    ['units', units(s.units)],
  ];
  for (const a of s.converted.assumptions) out.push(['assumes', a]);
  return out;
}

/** The table as text: labels padded to one width. */
export function formatSummary(rows: readonly [string, string][]): string {
  const width = Math.max(...rows.map(([l]) => l.length));
  return rows.map(([l, t]) => `  ${l.padEnd(width)}  ${t}`).join('\n');
}
