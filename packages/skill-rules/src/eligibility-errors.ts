import { domainError } from '@tianfu/decider';

/** Why an eligibility question cannot be answered (docs/domain.md §2.3); statuses live with the routes. */
export type EligibilityErrorCode = 'LEVEL_NOT_OFFERED';

export const levelNotOffered = (detail: string) => domainError<EligibilityErrorCode>('LEVEL_NOT_OFFERED', detail);
