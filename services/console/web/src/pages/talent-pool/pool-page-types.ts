import type { ResponseBody } from '@tianfu/api-client';

/** A page of the talent-pool search as career answers it. */
export type PoolPage = ResponseBody<'career', '/v1/talent-pool', 'get'>;
export type PoolWorker = PoolPage['items'][number];
