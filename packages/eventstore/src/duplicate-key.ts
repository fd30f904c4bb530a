/** MongoDB's (and FerretDB's) E11000: an insert hit a unique index. Here it is the answer, not a failure. */
export const isDuplicateKeyError = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 11000;

/**
 * Whether every write error of an unordered bulk write was a duplicate key: then everything else
 * was written, and the duplicates only say that a concurrent writer got there first.
 */
export function onlyDuplicateKeys(error: unknown): boolean {
  if (!isDuplicateKeyError(error)) return false;
  const { writeErrors } = error as { writeErrors?: unknown };
  if (writeErrors === undefined) return true;
  return [writeErrors].flat().every(isDuplicateKeyError);
}
