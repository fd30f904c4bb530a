import { onlyDuplicateKeys } from '@tianfu/eventstore';
import type { Collection, Document, OptionalUnlessRequiredId } from 'mongodb';

/**
 * Inserts documents whose `_id` says what they are, in one unordered write; those already there
 * are duplicates and nothing else, so a redelivered event changes nothing (docs/architecture.md).
 */
export async function insertAllOnce<T extends Document>(
  collection: Collection<T>,
  docs: readonly OptionalUnlessRequiredId<T>[],
): Promise<void> {
  if (docs.length === 0) return;
  try {
    await collection.insertMany([...docs], { ordered: false });
  } catch (error) {
    if (!onlyDuplicateKeys(error)) throw error;
  }
}
