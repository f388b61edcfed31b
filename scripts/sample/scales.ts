/** How big a sample to generate, and from which seed. */

/** The seed of `npm run data:sample`, which data/README.md describes. */
export const DEFAULT_SEED = 2021;

export interface Scale {
  name: ScaleName;
  provinces: number;
  firstYear: number;
  lastYear: number;
  /** Districts per province (2021–2024); at least 3: a city, rural districts and an island district. */
  districts: number;
  /** Communes, wards and townships per province before the 2025 mergers. */
  communes: number;
}

export const SCALE_NAMES = ['default', 'regional', 'national', 'mini'] as const;
export type ScaleName = (typeof SCALE_NAMES)[number];

/**
 * default: one province as the dashboard shows it (≈ 66,000 score rows).
 * regional: 9 provinces × 10 years (≈ 1 million rows), the middle step of `npm run bench:data`.
 * national: 34 provinces × ≈ 130 units × ≈ 85 items × 10 years (≈ 4.0 million rows), for benchmarks only;
 *   years before 2021 reuse the 2021 frameworks.
 * mini: two small provinces over three years, for fast tests of the multi-province path.
 */
export const SCALES: Readonly<Record<ScaleName, Scale>> = {
  default: { name: 'default', provinces: 1, firstYear: 2021, lastYear: 2025, districts: 10, communes: 150 },
  regional: { name: 'regional', provinces: 9, firstYear: 2016, lastYear: 2025, districts: 10, communes: 120 },
  national: { name: 'national', provinces: 34, firstYear: 2016, lastYear: 2025, districts: 10, communes: 120 },
  mini: { name: 'mini', provinces: 2, firstYear: 2023, lastYear: 2025, districts: 4, communes: 24 },
};

/** The assessment years of a scale. */
export function yearsOf(scale: Scale): number[] {
  return Array.from({ length: scale.lastYear - scale.firstYear + 1 }, (_, i) => scale.firstYear + i);
}
