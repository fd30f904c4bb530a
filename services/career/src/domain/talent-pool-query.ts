import type { HonourCode, Medal, SkillLevelKey } from '@tianfu/contracts';
import { skillLevel } from '@tianfu/contracts';
import type { Industry } from './industries.ts';
import { occupationMatches, type PoolEntry } from './talent-pool-entry.ts';

/** The HR search of issue #6; every field optional, all given ones must hold. */
export interface TalentPoolFilter {
  /** An occupation code or a prefix of one (`6-31`). */
  readonly occupation?: string;
  /** With `occupation`: the step held in a matching occupation; without: the highest step. */
  readonly minLevel?: SkillLevelKey;
  /** A 市(州) code: the region of the body of the worker's latest counted certificate. */
  readonly region?: string;
  readonly industry?: Industry;
  readonly honour?: HonourCode;
  readonly medal?: Medal;
  /** A counted certificate (in a matching occupation, when one is asked) dated in [from, to]. */
  readonly certifiedFrom?: string;
  readonly certifiedTo?: string;
  readonly highSkillOnly?: boolean;
}

/** `level`: highest step first, then the most recently certified; `recent`: most recently certified first. */
export type TalentPoolSort = 'level' | 'recent';

export type RegionOf = (bodyId: string | null) => string | null;

export interface Facets {
  readonly region: Record<string, number>;
  readonly highest: Record<string, number>;
  readonly industry: Record<string, number>;
  readonly honour: Record<string, number>;
  readonly medal: Record<string, number>;
}

export interface TalentPoolPage {
  readonly entries: readonly PoolEntry[];
  readonly total: number;
  readonly facets: Facets;
  /** The cursor for the next page, or null on the last one. */
  readonly next: string | null;
}

/** A page position: the sort key of the last entry shown. */
interface Position {
  readonly ordinal: number;
  readonly certified: string;
  readonly workerId: string;
}

const positionOf = (e: PoolEntry): Position => ({
  ordinal: e.highestOrdinal,
  certified: e.lastCertifiedOn,
  workerId: e.summary.workerId,
});

const comparators: Record<TalentPoolSort, (a: Position, b: Position) => number> = {
  level: (a, b) =>
    b.ordinal - a.ordinal || b.certified.localeCompare(a.certified) || a.workerId.localeCompare(b.workerId),
  recent: (a, b) => b.certified.localeCompare(a.certified) || a.workerId.localeCompare(b.workerId),
};

export const encodeCursor = (p: Position): string => Buffer.from(JSON.stringify(p)).toString('base64url');

/** The position a cursor names, or null when it is not one this service wrote. */
export function decodeCursor(cursor: string): Position | null {
  try {
    const p = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<Position>;
    return typeof p.ordinal === 'number' && typeof p.certified === 'string' && typeof p.workerId === 'string'
      ? { ordinal: p.ordinal, certified: p.certified, workerId: p.workerId }
      : null;
  } catch {
    return null;
  }
}

function certifiedIn(entry: PoolEntry, filter: TalentPoolFilter): boolean {
  const from = filter.certifiedFrom ?? '';
  const to = filter.certifiedTo ?? '9999-12-31';
  return entry.summary.certificates.some(
    (c) =>
      c.date >= from &&
      c.date <= to &&
      (filter.occupation === undefined || occupationMatches(c.occupationCode, filter.occupation)),
  );
}

/** The predicate a filter stands for; the region is looked up through `regionOf`, joined when read. */
export function talentPoolPredicate(filter: TalentPoolFilter, regionOf: RegionOf): (entry: PoolEntry) => boolean {
  const min = filter.minLevel === undefined ? -1 : skillLevel(filter.minLevel).ordinal;
  const { occupation } = filter;
  return (e) => {
    if (filter.highSkillOnly && !e.summary.highSkill) return false;
    if (occupation !== undefined) {
      if (!e.occupations.some((o) => o.ordinal >= min && occupationMatches(o.code, occupation))) return false;
    } else if (e.highestOrdinal < min || e.highestOrdinal < 0) return false;
    if (filter.industry !== undefined && !e.industries.includes(filter.industry)) return false;
    if (filter.honour !== undefined && !e.summary.honours.includes(filter.honour)) return false;
    if (filter.medal !== undefined && !e.summary.medals.includes(filter.medal)) return false;
    if ((filter.certifiedFrom !== undefined || filter.certifiedTo !== undefined) && !certifiedIn(e, filter))
      return false;
    return filter.region === undefined || regionOf(e.latestBodyId) === filter.region;
  };
}

const bump = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

function count(facets: Facets, e: PoolEntry, regionOf: RegionOf) {
  bump(facets.region, regionOf(e.latestBodyId) ?? 'unknown');
  bump(facets.highest, e.summary.highest ?? 'none');
  for (const industry of e.industries) bump(facets.industry, industry);
  for (const honour of e.summary.honours) bump(facets.honour, honour);
  for (const medal of e.summary.medals) bump(facets.medal, medal);
}

/** Inserts into a short sorted list, keeping at most `size`. */
function keepBest(best: PoolEntry[], entry: PoolEntry, size: number, compare: (a: Position, b: Position) => number) {
  const position = positionOf(entry);
  let low = 0;
  let high = best.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (compare(positionOf(best[mid] as PoolEntry), position) <= 0) low = mid + 1;
    else high = mid;
  }
  if (low >= size) return;
  best.splice(low, 0, entry);
  if (best.length > size) best.pop();
}

/**
 * One page of the talent pool: one pass over the entries counts the facets of every match and
 * keeps the `limit` best after the cursor, so a page costs the same wherever it is.
 */
export function searchTalentPool(
  entries: Iterable<PoolEntry>,
  query: { filter: TalentPoolFilter; sort: TalentPoolSort; after: Position | null; limit: number },
  regionOf: RegionOf,
): TalentPoolPage {
  const matches = talentPoolPredicate(query.filter, regionOf);
  const compare = comparators[query.sort];
  const facets: Facets = { region: {}, highest: {}, industry: {}, honour: {}, medal: {} };
  const best: PoolEntry[] = [];
  let total = 0;
  for (const entry of entries) {
    if (!matches(entry)) continue;
    total += 1;
    count(facets, entry, regionOf);
    if (query.after === null || compare(query.after, positionOf(entry)) < 0)
      keepBest(best, entry, query.limit + 1, compare);
  }
  const page = best.slice(0, query.limit);
  const last = page.at(-1);
  return {
    entries: page,
    total,
    facets,
    next: best.length > query.limit && last !== undefined ? encodeCursor(positionOf(last)) : null,
  };
}

/** Every match in sort order, for the CSV export. */
export function allMatches(
  entries: Iterable<PoolEntry>,
  filter: TalentPoolFilter,
  sort: TalentPoolSort,
  regionOf: RegionOf,
): PoolEntry[] {
  const matches = talentPoolPredicate(filter, regionOf);
  const compare = comparators[sort];
  return [...entries].filter(matches).sort((a, b) => compare(positionOf(a), positionOf(b)));
}
