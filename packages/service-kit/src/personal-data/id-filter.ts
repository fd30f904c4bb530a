import type { WorkerId } from '@tianfu/contracts';

/**
 * FerretDB pushes `_id` equality down to its index but runs `$in` as a scan of the whole
 * collection (about 1 s per 20,000 documents), so a single worker is always read by equality;
 * MongoDB serves both from the `_id` index.
 */
export const byIds = (workerIds: readonly WorkerId[]) =>
  workerIds.length === 1 ? { _id: workerIds[0] as WorkerId } : { _id: { $in: [...workerIds] } };
