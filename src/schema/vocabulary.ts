/** Closed vocabularies of the schema: levels of units and items, kinds of points. */

export const UNIT_LEVELS = ['ministry', 'province', 'department', 'district', 'commune', 'ward', 'special_zone'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

/** total → domain (lĩnh vực) → criterion (tiêu chí) → sub-criterion (tiêu chí thành phần); components split the total by source of points. */
export const ITEM_LEVELS = ['total', 'domain', 'criterion', 'sub_criterion', 'component'] as const;
export type ItemLevel = (typeof ITEM_LEVELS)[number];

/** appraisal: self-assessed then appraised; survey: sociological survey (SIPAS, leaders' survey); impact: socio-economic statistics. */
export const ITEM_KINDS = ['appraisal', 'survey', 'impact', 'mixed'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** Who answers for items: a department (leads a domain of the province), an office (of a unit) or a post (an official). */
export const OWNER_KINDS = ['department', 'office', 'post'] as const;
export type OwnerKind = (typeof OWNER_KINDS)[number];

export const LINEAGE_EVENTS = ['merge', 'rename', 'split', 'absorb'] as const;
export type LineageEvent = (typeof LINEAGE_EVENTS)[number];

/**
 * How an item of one framework continues in the next (data/reference/crosswalk.csv): the same item,
 * renamed with the same meaning, re-weighted (its points or content changed), split into several,
 * merged with others, new (nothing before it) or ended (nothing after it).
 */
export const CROSSWALK_RELATIONS = ['same', 'renamed', 'reweighted', 'split', 'merged', 'new', 'ended'] as const;
export type CrosswalkRelation = (typeof CROSSWALK_RELATIONS)[number];

/** Relations across which a series may be drawn as one line: the item and its meaning did not change. */
export const CONTINUOUS_RELATIONS: readonly CrosswalkRelation[] = ['same', 'renamed'];

/** The code of the root item of every framework. */
export const TOTAL_CODE = 'TOTAL';

/** The date the 63 provinces became 34 and districts were abolished. */
export const MERGER_2025_DATE = '2025-07-01';

/** Is the value one of the closed vocabulary's members? */
export function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}
