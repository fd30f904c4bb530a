import type { ResponseBody } from '@tianfu/api-client';

/** A worker's ladder as career answers it (`GET /v1/workers/{workerId}/ladder`). */
export type LadderAnswer = ResponseBody<'career', '/v1/workers/{workerId}/ladder', 'get'>;
export type OccupationLadder = LadderAnswer['occupations'][number];
export type LadderStep = OccupationLadder['steps'][number];
export type NextStep = NonNullable<OccupationLadder['next']>;
