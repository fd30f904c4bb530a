/** MongoDB's (and FerretDB's) E11000: an insert hit a unique index. Here it is the answer, not a failure. */
export { hasDuplicateKeyCode as isDuplicateKeyError, onlyDuplicateKeys } from '@tianfu/messaging';
