import { domainError } from '@tianfu/decider';

/** Why an eligibility question cannot be answered (docs/domain.md §2.3); statuses live with the routes. */
export type EligibilityErrorCode = 'STANDARD_NOT_FOUND' | 'LEVEL_NOT_OFFERED';

export const standardNotFound = (detail: string) => domainError<EligibilityErrorCode>('STANDARD_NOT_FOUND', detail);
export const levelNotOffered = (detail: string) => domainError<EligibilityErrorCode>('LEVEL_NOT_OFFERED', detail);
