export { assertStatusListSize, MIN_STATUS_LIST_SIZE, StatusBits } from './status-bits.ts';
export type { StatusListCredentialInput, StatusPurpose } from './status-list-credential.ts';
export { statusListCredential } from './status-list-credential.ts';
export type { StatusListErrorCode } from './status-list-errors.ts';
export { statusListError } from './status-list-errors.ts';
