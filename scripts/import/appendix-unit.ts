/**
 * The unit an explanation appendix is about. The appendix of letter 003 has no unit column: its rows are
 * one unit's deductions, and the unit is named above the table ("UBND TỈNH HÀ TĨNH", "… của Sở Tư
 * pháp"). `--unit` (a unit id or a name) wins; otherwise the title is searched for the names of the
 * index's units, a name after "của" ("of") before any other (a letterhead names its issuer too).
 */
import { looseUnitName, stripDiacritics } from '../data/normalise.ts';
import { label, type UnitRecord } from '../data/units.ts';

/** The unit's name for the rows, and where it was read, or why none could be. */
export type AppendixUnit = { name: string; from: string } | { why: string };

/** Text as loose words between spaces, so that names match whole words only. */
const words = (text: string): string =>
  ` ${stripDiacritics(text)
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim()} `;

/** "của" and the prefixes that may stand between it and the name ("của UBND tỉnh", "của Sở"). */
const OF = /\scua(\s(uy ban nhan dan|ubnd|tinh|thanh pho|tp|so|huyen|xa|phuong|quan|thi xa|thi tran))*\s$/;

interface Hit {
  unit: UnitRecord;
  of: boolean;
  line: string;
}

function hitsIn(title: string, units: readonly UnitRecord[]): Hit[] {
  const lines = title.split('\n').filter((l) => l.trim() !== '');
  const hits: Hit[] = [];
  for (const unit of units) {
    const names = new Set([unit.name_vi, ...unit.aliases].map(looseUnitName).filter((n) => n.length >= 3));
    for (const line of lines) {
      const w = words(line);
      for (const n of names) {
        for (let at = w.indexOf(` ${n} `); at >= 0; at = w.indexOf(` ${n} `, at + 1))
          hits.push({ unit, of: OF.test(w.slice(0, at + 1)), line: line.trim() });
      }
    }
  }
  return hits;
}

/** One hit per unit: its first, top to bottom. */
const distinct = (hits: readonly Hit[]): Hit[] => [...new Map([...hits].reverse().map((h) => [h.unit.unit_id, h])).values()];

/** The unit of an appendix: `given` (--unit, an id or a name), else the one its title names. */
export function appendixUnit(title: string, given: string | undefined, units: readonly UnitRecord[]): AppendixUnit {
  if (given !== undefined) {
    const byId = units.find((u) => u.unit_id === given);
    return byId ? { name: byId.name_vi, from: `--unit ${given}` } : { name: given, from: '--unit' };
  }
  const hits = hitsIn(title, units);
  const of = distinct(hits.filter((h) => h.of));
  const all = distinct(hits);
  const chosen = of.length > 0 ? of : all;
  if (chosen.length === 1) return { name: chosen[0]!.unit.name_vi, from: `the title ("${chosen[0]!.line}")` };
  if (chosen.length === 0)
    return { why: 'an explanation appendix is about one unit, and its title names none of this index: give --unit <unit_id or name>' };
  const names = chosen.map((h) => label(h.unit)).sort((a, b) => a.localeCompare(b, 'vi'));
  return { why: `the title names several units (${names.join(', ')}): give --unit <unit_id or name>` };
}
