import { createHash } from 'node:crypto';

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** What is published before a draw: the seed's SHA-256, so the seed cannot be chosen after the pools are seen. */
export const seedCommitment = (seed: string): string => sha256(seed);

/** True when the revealed seed is the one committed to. */
export const revealsCommitment = (seed: string, commitment: string): boolean => seedCommitment(seed) === commitment;

export interface DrawPools {
  /** The units inspected from (bodies, providers, classes), by id. */
  readonly units: readonly string[];
  /** The inspectors, each with the units they may not inspect (their own). */
  readonly inspectors: readonly { readonly inspectorId: string; readonly conflicts: readonly string[] }[];
  readonly unitCount: number;
  readonly inspectorCount: number;
}

export interface DrawResult {
  readonly units: readonly string[];
  readonly inspectors: readonly string[];
  /** Inspectors passed over for a conflict with a drawn unit, in the order they would have come. */
  readonly excluded: readonly string[];
}

/** The pool in the order SHA-256(seed | role | id) gives, lowest first: anyone with the seed can compute it. */
const ranked = (seed: string, role: 'unit' | 'inspector', ids: readonly string[]): string[] =>
  [...new Set(ids)]
    .map((id) => ({ id, rank: sha256(`${seed}|${role}|${id}`) }))
    .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0))
    .map(({ id }) => id);

/**
 * 双随机 (docs/domain.md §7.12): `unitCount` units and then `inspectorCount` inspectors, each pool
 * ranked by the SHA-256 of the seed with the member's id, lowest first, passing over an inspector
 * whose own unit was drawn. The same seed and pools give the same list on any machine; the seed is
 * committed (its hash published) before the draw and revealed after.
 */
export function drawInspection(seed: string, pools: DrawPools): DrawResult {
  const units = ranked(seed, 'unit', pools.units).slice(0, pools.unitCount);
  const drawn = new Set(units);
  const conflicts = new Map(pools.inspectors.map((i) => [i.inspectorId, i.conflicts]));
  const inspectors: string[] = [];
  const excluded: string[] = [];
  for (const id of ranked(
    seed,
    'inspector',
    pools.inspectors.map((i) => i.inspectorId),
  )) {
    if (inspectors.length === pools.inspectorCount) break;
    if ((conflicts.get(id) ?? []).some((unit) => drawn.has(unit))) excluded.push(id);
    else inspectors.push(id);
  }
  return { units, inspectors, excluded };
}
