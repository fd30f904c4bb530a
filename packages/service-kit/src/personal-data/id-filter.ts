import type { WorkerId } from '@tianfu/contracts';
import type { Collection, Filter } from 'mongodb';

/** Up to this many ids are read one equality each, all at once; more go as one `$in`. */
export const EQUALITY_READS_MAX = 200;

/**
 * The documents with these `_id`s. FerretDB pushes `_id` equality down to its index but runs `$in`
 * as a scan of the whole collection (about 1 s per 20,000 documents: a talent-pool page's 50 names
 * over a million workers' keys would take most of a minute), so a page's worth of ids is read by
 * equality, all at once (~50 ms for 50). A batch larger than that (an enrolment sheet) pays one
 * scan rather than thousands of reads. MongoDB serves both from the `_id` index.
 */
export async function findByIds<T extends { _id: WorkerId }>(
  collection: Collection<T>,
  workerIds: readonly WorkerId[],
): Promise<T[]> {
  if (workerIds.length > EQUALITY_READS_MAX)
    return (await collection.find({ _id: { $in: [...workerIds] } } as Filter<T>).toArray()) as T[];
  const found = await Promise.all(workerIds.map((_id) => collection.findOne({ _id } as Filter<T>)));
  return found.filter((doc) => doc !== null) as T[];
}
