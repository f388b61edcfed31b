/**
 * Which pages one `astro build` process renders. Astro renders pages one after another on one core, so
 * scripts/build-site.ts runs two builds at once, each rendering every other page of every route
 * (PAR_BUILD_SHARD=0/2 and 1/2), and merges their output. Unset, a build renders every page.
 */

export interface BuildShard {
  readonly index: number;
  readonly count: number;
}

export const EVERY_PAGE: BuildShard = { index: 0, count: 1 };

/** `"i/n"` (0 ≤ i < n) as a shard; unset or empty is every page; anything else is refused by name. */
export function parseShard(value: string | undefined): BuildShard {
  if (value === undefined || value === '') return EVERY_PAGE;
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  if (!(count >= 1 && index < count)) throw new Error(`PAR_BUILD_SHARD must be "i/n" with 0 ≤ i < n, not "${value}"`);
  return { index, count };
}

/** The entries of a route's static paths that this process renders: every `count`-th, from `index`. */
export function inShard<T>(entries: readonly T[], shard: BuildShard = parseShard(process.env.PAR_BUILD_SHARD)): T[] {
  return entries.filter((_, i) => i % shard.count === shard.index);
}
