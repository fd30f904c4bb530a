import type { Collection, Document, OptionalUnlessRequiredId } from 'mongodb';

/** MongoDB's duplicate-key error: on a unique index, the insert that lost the race. */
export const isDuplicateKeyError = (error: unknown): error is Error & { code: 11000 } =>
  error instanceof Error && (error as { code?: unknown }).code === 11000;

/** E11000 on anything that carries a code: an error, or one write error of a bulk write (not an Error). */
export const hasDuplicateKeyCode = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 11000;

/**
 * Whether every write error of an unordered bulk write was a duplicate key: then everything else
 * was written, and the duplicates only say that a concurrent writer got there first.
 */
export function onlyDuplicateKeys(error: unknown): boolean {
  if (!hasDuplicateKeyCode(error)) return false;
  const { writeErrors } = error as { writeErrors?: unknown };
  if (writeErrors === undefined) return true;
  return [writeErrors].flat().every(hasDuplicateKeyCode);
}

export type InsertOnceResult = 'inserted' | 'duplicate';

/**
 * Inserts a fact whose `_id` says what it is (e.g. derived from the eventId), so the dedupe and
 * the effect are one write. On FerretDB only inserts against a unique key are race-free: two
 * concurrent inserts leave exactly one winner, where an update or upsert could let both "win".
 */
export async function insertOnce<T extends Document>(
  collection: Collection<T>,
  doc: OptionalUnlessRequiredId<T>,
): Promise<InsertOnceResult> {
  try {
    await collection.insertOne(doc);
    return 'inserted';
  } catch (error) {
    if (isDuplicateKeyError(error)) return 'duplicate';
    throw error;
  }
}
