import { type SkillLevelKey, skillLevel } from '@tianfu/contracts';
import { type Industry, industryOf } from './industries.ts';
import type { WorkerSummary } from './worker-summary.ts';

/** A worker as the talent pool scans it: the summary plus what every query compares, computed once. */
export interface PoolEntry {
  readonly summary: WorkerSummary;
  /** -1 when nothing counts. */
  readonly highestOrdinal: number;
  readonly occupations: readonly { readonly code: string; readonly ordinal: number }[];
  readonly industries: readonly Industry[];
  /** The body of the latest counted certificate: its 市(州) is the worker's region. */
  readonly latestBodyId: string | null;
  /** '' when none. */
  readonly lastCertifiedOn: string;
}

const ordinalOf = (level: SkillLevelKey | null): number => (level === null ? -1 : skillLevel(level).ordinal);

export function poolEntry(summary: WorkerSummary): PoolEntry {
  const latest = summary.certificates.at(-1);
  return {
    summary,
    highestOrdinal: ordinalOf(summary.highest),
    occupations: summary.occupations.map((o) => ({ code: o.occupationCode, ordinal: ordinalOf(o.current) })),
    industries: [...new Set(summary.occupations.flatMap((o) => industryOf(o.occupationCode) ?? []))],
    latestBodyId: latest?.bodyId ?? null,
    lastCertifiedOn: latest?.date ?? '',
  };
}

/** Whether an occupation code is the one asked for or lies under it (`6-31` covers `6-31-01-04`). */
export const occupationMatches = (code: string, asked: string): boolean =>
  code === asked || code.startsWith(`${asked}-`);

/** The 市(州) code of the body that placed a worker, or null when it is not known. */
export type RegionOf = (bodyId: string | null) => string | null;
