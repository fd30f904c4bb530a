/** MongoDB's (and FerretDB's) E11000: an insert hit a unique index. Here it is the answer, not a failure. */
export const isDuplicateKeyError = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 11000;

export { onlyDuplicateKeys } from '@tianfu/messaging';
