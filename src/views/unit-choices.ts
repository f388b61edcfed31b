/**
 * The units a rankings page offers in its unit search, named as readers know them. A commune formed
 * by the 2025 merger can take the name of one it replaced, with a new id: the two are different units
 * (their ranks are never compared), so a name that two units share comes with the years of each, and
 * the search shows "Xã Quang Nghĩa (2021–2024)" and "Xã Quang Nghĩa (2025)" (combobox.ts `choiceText`).
 */
import { sortByName } from '../i18n/search.ts';

/** A unit in the search: its id, its name, and its years ("2021–2024") when another unit has the name. */
export interface UnitChoice {
  readonly id: string;
  readonly label: string;
  readonly years?: string;
}

/** One ranked year of a unit, with its name in the page's language. */
export interface UnitYear {
  readonly id: string;
  readonly name: string;
  readonly year: number;
}

const span = (years: readonly number[]): string => {
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? String(first) : `${first}–${last}`;
};

/** The choices, one per unit, sorted by name (Vietnamese collation; a shared name by its years). */
export function unitChoices(rows: readonly UnitYear[]): UnitChoice[] {
  const units = new Map<string, { name: string; years: number[] }>();
  for (const row of rows) {
    const unit = units.get(row.id) ?? { name: row.name, years: [] };
    unit.years.push(row.year);
    units.set(row.id, unit);
  }
  const named = new Map<string, number>();
  for (const { name } of units.values()) named.set(name, (named.get(name) ?? 0) + 1);
  const choices = [...units].map(([id, { name, years }]): UnitChoice =>
    (named.get(name) ?? 0) > 1 ? { id, label: name, years: span(years) } : { id, label: name },
  );
  return sortByName(choices, (c) => `${c.label} ${c.years ?? ''}`);
}
