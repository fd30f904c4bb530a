import type { ResponseBody } from '@tianfu/api-client';

/** A worker's lifelong training record as career answers it (`GET /v1/workers/{workerId}/record`). */
export type RecordAnswer = ResponseBody<'career', '/v1/workers/{workerId}/record', 'get'>;
export type ClassEntry = RecordAnswer['entries'][number];
export type ApprenticeshipEntry = RecordAnswer['apprenticeships'][number];
