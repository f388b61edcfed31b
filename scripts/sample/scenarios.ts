/**
 * The realistic structures the sample is built to show, pinned to named departments so that the
 * documentation and the tests can point at them (the same in every seed and every province).
 */

/** A department that falls in the total ranking while the domains it leads rise (cf. the Hà Tĩnh letter). */
export const FALLING_DEPARTMENT = { key: 'so-y-te', from: 2023, to: 2024, risingDomains: ['D1', 'D4', 'D5'] } as const;

/** Departments that self-assess far above what the appraisal council grants, every year. */
export const OVERCLAIMING_DEPARTMENTS: readonly string[] = ['so-giao-thong-van-tai', 'so-cong-thuong'];

/** A department that loses points on the same sub-criteria every year (apologies, web portal). */
export const PERSISTENT_WEAK = { key: 'so-giao-duc-dao-tao', codes: ['D3.4.2', 'D7.2.1'] } as const;

/**
 * Items that do not apply to a department (Áp dụng = Không): the Ethnic Minorities Committee has no
 * administrative procedures of its own; the Inspectorate has no public investment and no public service units.
 */
export const NOT_APPLICABLE: Readonly<Record<string, readonly string[]>> = {
  'ban-dan-toc': ['D3.2', 'D3.3', 'D3.4', 'D3.5', 'D3.6'],
  'thanh-tra-tinh': ['D6.2', 'D6.3'],
};

/** Units whose totals the tie-maker must leave alone. */
export function isScenarioUnit(key: string): boolean {
  return key === FALLING_DEPARTMENT.key || key === PERSISTENT_WEAK.key || OVERCLAIMING_DEPARTMENTS.includes(key) || key in NOT_APPLICABLE;
}

/**
 * The falling department's quality in a domain and year, or null outside the scenario: strong
 * overall but weak in its own domains the first year, then the reverse.
 */
export function scenarioQuality(key: string, year: number, domain: string): number | null {
  const f = FALLING_DEPARTMENT;
  if (key !== f.key || (year !== f.from && year !== f.to)) return null;
  const rising = (f.risingDomains as readonly string[]).includes(domain);
  if (year === f.from) return rising ? 0.8 : 1;
  return rising ? 1 : 0.72;
}

/** Does `code` fall under one of the code prefixes ("D3.2" covers "D3.2" and "D3.2.1")? */
export function underAny(code: string, prefixes: readonly string[]): boolean {
  return prefixes.some((p) => code === p || code.startsWith(`${p}.`));
}
