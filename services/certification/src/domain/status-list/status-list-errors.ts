import { domainError } from '@tianfu/decider';

/** Why a status list refuses; stable codes, so callers and routes can tell them apart. */
export type StatusListErrorCode =
  | 'STATUS_LIST_TOO_SMALL'
  | 'STATUS_LIST_MALFORMED'
  | 'STATUS_INDEX_OUT_OF_RANGE'
  | 'STATUS_LIST_ID_INVALID'
  | 'STATUS_LIST_NOT_FOUND';

export const statusListError = (code: StatusListErrorCode, detail: string, details?: Record<string, unknown>) =>
  domainError<StatusListErrorCode>(code, detail, details);
