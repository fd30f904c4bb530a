import { ok, okOrNull, type ResponseBody } from '@tianfu/api-client';
import type { IdDocument } from './api-types.ts';
import type { Platform } from './platform.ts';

// Career's answers as its OpenAPI document (docs/openapi/career.json) declares them.

export type Ladder = ResponseBody<'career', '/v1/workers/{workerId}/ladder', 'get'>;
export type LadderStep = Ladder['occupations'][number]['steps'][number];
export type TalentPoolPage = ResponseBody<'career', '/v1/talent-pool', 'get'>;
export type WorkerLookup = ResponseBody<'career', '/v1/workers/lookup', 'post'>;

/** The workerId of an ID document, as HR looks it up; the number travels only in the body. */
export const lookupWorker = (platform: Platform, document: IdDocument): Promise<WorkerLookup> =>
  ok(platform.hr.career.POST('/v1/workers/lookup', { body: document }));

/** A worker's ladder as HR reads it (as of `asOf`, today by default), or null while career has no record of them. */
export const ladderOf = (platform: Platform, workerId: string, asOf?: string): Promise<Ladder | null> => {
  const params = { path: { workerId }, ...(asOf === undefined ? {} : { query: { asOf } }) };
  return okOrNull(platform.hr.career.GET('/v1/workers/{workerId}/ladder', { params }));
};
