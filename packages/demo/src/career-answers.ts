import { ok, okOrNull } from '@tianfu/api-client';
import type { IdDocument } from './api-types.ts';
import type { Platform } from './platform.ts';

// The career service's routes declare no response schema yet, so its generated answers are
// `unknown`: these are the parts of them the demo and the journey read.

export interface LadderStep {
  readonly level: string;
  readonly label: string;
  readonly date: string;
  /** exam, competition, direct-recognition, appointment or legacy */
  readonly basis: string;
  readonly reference: string;
  readonly certificateNo: string | null;
  readonly droppedOn: string | null;
}

export interface Ladder {
  readonly workerId: string;
  readonly occupations: readonly {
    readonly occupationCode: string;
    /** The catalogue's name of the occupation; null when the catalogue holds none. */
    readonly occupationName: string | null;
    readonly steps: readonly LadderStep[];
    readonly current: string | null;
  }[];
  readonly highest: { readonly level: string; readonly occupationCode: string } | null;
  readonly highSkill: boolean;
  readonly honours: readonly { readonly honour: string; readonly name: string; readonly round: string }[];
  readonly appointments: readonly { readonly post: string; readonly occupationCode: string }[];
  /** The holder's name masked; null once the worker's personal data is erased. */
  readonly maskedName: string | null;
}

export interface TalentPoolPage {
  readonly total: number;
  readonly facets: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** The catalogue's names of the occupations and 中类 the facets count. */
  readonly facetNames: {
    readonly occupation: Readonly<Record<string, string>>;
    readonly occupationGroup: Readonly<Record<string, string>>;
  };
  readonly items: readonly { readonly workerId: string; readonly maskedName: string | null }[];
}

export interface WorkerLookup {
  readonly workerId: string;
}

/** The workerId of an ID document, as HR looks it up; the number travels only in the body. */
export const lookupWorker = async (platform: Platform, document: IdDocument): Promise<WorkerLookup> =>
  (await ok(platform.hr.career.POST('/v1/workers/lookup', { body: document }))) as WorkerLookup;

/** A worker's ladder as HR reads it (as of `asOf`, today by default), or null while career has no record of them. */
export const ladderOf = async (platform: Platform, workerId: string, asOf?: string): Promise<Ladder | null> => {
  const params = { path: { workerId }, ...(asOf === undefined ? {} : { query: { asOf } }) };
  return (await okOrNull(platform.hr.career.GET('/v1/workers/{workerId}/ladder', { params }))) as Ladder | null;
};
