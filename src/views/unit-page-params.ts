/**
 * A unit page has two views with URL state, per index section: lost points (`year`, lost-state.ts) and
 * why the rank changed (`explain`, explain-state.ts). Each reads only its own parameter and keeps the
 * other's in the URL as it is, so a link can hold both.
 */

/** The parameters of the unit page's views: each view keeps the others' as they are. */
export const UNIT_PAGE_PARAMS = ['year', 'explain'] as const;

type UnitPageParam = (typeof UNIT_PAGE_PARAMS)[number];

/** The parameters of the unit page's other views, which the view `own` keeps in the URL as they are. */
export function otherParams(own: UnitPageParam): string[] {
  return UNIT_PAGE_PARAMS.filter((p) => p !== own);
}

/** The query string without the other views' parameters (so they are not reported as unknown). */
export function ownParams(search: string, own: UnitPageParam): URLSearchParams {
  const params = new URLSearchParams(search);
  for (const other of otherParams(own)) params.delete(other);
  return params;
}
