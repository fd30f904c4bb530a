import type { WorkerId } from '@tianfu/contracts';
import type { Collection, Filter } from 'mongodb';

/** Reads by `_id` in flight at once: a page's worth, leaving the rest of the driver's pool to other requests. */
export const EQUALITY_READS_AT_ONCE = 50;

/**
 * The documents with these `_id`s, each read by equality, a bounded number at once. FerretDB
 * pushes `_id` equality down to its index (~1.3 ms a read) but runs `$in` as a scan of the whole
 * collection, ~85 µs a stored document: one `$in` of an enrolment sheet's 1,000 ids over 100,000
 * workers' keys took 8.4 s, their 1,000 reads 1.3 s, and the shared identity.worker_keys holds
 * every worker of the platform. MongoDB serves both from the `_id` index.
 */
export async function findByIds<T extends { _id: WorkerId }>(
  collection: Collection<T>,
  workerIds: readonly WorkerId[],
): Promise<T[]> {
  const waiting = [...workerIds];
  const found: T[] = [];
  const readNext = async (): Promise<void> => {
    for (let _id = waiting.pop(); _id !== undefined; _id = waiting.pop()) {
      const doc = (await collection.findOne({ _id } as Filter<T>)) as T | null;
      if (doc !== null) found.push(doc);
    }
  };
  await Promise.all(Array.from({ length: Math.min(EQUALITY_READS_AT_ONCE, waiting.length) }, readNext));
  return found;
}
