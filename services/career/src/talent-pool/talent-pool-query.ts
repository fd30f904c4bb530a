import type { HonourCode, Medal, SkillLevelKey } from '@tianfu/contracts';
import type { Industry } from '../domain/industries.ts';
import type { PoolEntry } from '../domain/talent-pool-entry.ts';
import type { TrainingFilter } from './training-match.ts';

/** The HR talent-pool search (answered by TalentPool, talent-pool.ts); every field optional, all given ones must hold. */
export interface TalentPoolFilter extends TrainingFilter {
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

/** The region facet's key for workers placed in no 市(州), and the highest facet's for workers with no counted step. */
export const UNPLACED = 'unknown';
export const NO_STEP = 'none';

export interface Facets {
  readonly region: Record<string, number>;
  readonly highest: Record<string, number>;
  readonly industry: Record<string, number>;
  readonly honour: Record<string, number>;
  readonly medal: Record<string, number>;
  /** Workers per occupation they hold a counted step in. */
  readonly occupation: Record<string, number>;
  /** Workers per 中类 (`6-31`) of those occupations, each worker once per 中类. */
  readonly occupationGroup: Record<string, number>;
  /** Workers per kind and per brand of the classes they completed. */
  readonly trainingKind: Record<string, number>;
  readonly trainingBrand: Record<string, number>;
}

export interface TalentPoolPage {
  readonly entries: readonly PoolEntry[];
  readonly total: number;
  readonly facets: Facets;
  /** The cursor for the next page, or null on the last one. */
  readonly next: string | null;
  readonly plan: ScanPlan;
}

/**
 * How the talent pool found the matches, as a database's query plan would say: through the
 * workers listed under an occupation's 中类, or a scan of the columns of every worker; `none`
 * when a code asked for is held by nobody. `examined`: the workers looked at.
 */
export interface ScanPlan {
  readonly access: 'occupation-group' | 'column-scan' | 'none';
  readonly key: string | null;
  readonly examined: number;
  readonly workers: number;
}

/** A page position: the sort key of the last entry shown. */
export interface Position {
  readonly ordinal: number;
  readonly certified: string;
  readonly workerId: string;
}

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
