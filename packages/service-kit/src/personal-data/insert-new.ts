import type { WorkerId } from '@tianfu/contracts';
import { onlyDuplicateKeys } from '@tianfu/eventstore';
import type { Collection, OptionalUnlessRequiredId } from 'mongodb';

const writeErrorIndexes = (error: unknown): number[] =>
  [(error as { writeErrors?: unknown }).writeErrors]
    .flat()
    .map((writeError) => (writeError as { index?: unknown } | undefined)?.index)
    .filter((index): index is number => typeof index === 'number');

/**
 * Inserts the documents in one unordered write and returns the ids already stored (a duplicate
 * key each, by us earlier or by a concurrent writer); everything else is then written.
 */
export async function insertNew<T extends { _id: WorkerId }>(
  collection: Collection<T>,
  docs: readonly T[],
): Promise<WorkerId[]> {
  if (docs.length === 0) return [];
  try {
    await collection.insertMany(docs as OptionalUnlessRequiredId<T>[], { ordered: false });
    return [];
  } catch (error) {
    if (!onlyDuplicateKeys(error)) throw error;
    return writeErrorIndexes(error).map((index) => (docs[index] as T)._id);
  }
}
