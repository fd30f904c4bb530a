import { domainError } from '@tianfu/decider';

/** Why a command on an evaluation body is refused; statuses live with the routes (http/error-statuses.ts). */
export type BodyErrorCode =
  | 'BODY_ALREADY_REGISTERED'
  | 'BODY_NOT_REGISTERED'
  | 'BODY_ALREADY_SUSPENDED'
  | 'BODY_NOT_SUSPENDED'
  | 'BODY_SUSPENDED'
  | 'BODY_CATEGORY_MISMATCH'
  | 'FILING_NOT_FOUND';

export const bodyAlreadyRegistered = (detail: string) => domainError<BodyErrorCode>('BODY_ALREADY_REGISTERED', detail);
export const bodyNotRegistered = (detail: string) => domainError<BodyErrorCode>('BODY_NOT_REGISTERED', detail);
export const bodyAlreadySuspended = (detail: string) => domainError<BodyErrorCode>('BODY_ALREADY_SUSPENDED', detail);
export const bodyNotSuspended = (detail: string) => domainError<BodyErrorCode>('BODY_NOT_SUSPENDED', detail);
/** A suspended body may only read (issue: "a suspended body can do nothing but read"). */
export const bodySuspended = (bodyId: string) =>
  domainError<BodyErrorCode>('BODY_SUSPENDED', `evaluation body ${bodyId} is suspended and may only read`);
export const bodyCategoryMismatch = (detail: string) => domainError<BodyErrorCode>('BODY_CATEGORY_MISMATCH', detail);
export const filingNotFound = (detail: string) => domainError<BodyErrorCode>('FILING_NOT_FOUND', detail);
