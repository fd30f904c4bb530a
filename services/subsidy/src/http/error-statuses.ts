import { type DomainStatuses, domainErrorMapper } from '@tianfu/service-kit';
import type { RuleSetErrorCode } from '@tianfu/subsidy-rules';
import type { ClaimErrorCode } from '../domain/claim-errors.ts';
import type { SubsidyErrorCode } from '../domain/subsidy-errors.ts';

const statuses: DomainStatuses<SubsidyErrorCode | ClaimErrorCode | RuleSetErrorCode> = {
  CERTIFICATE_NOT_FOUND: [404, 'Certificate not known to the platform'],
  CLASS_NOT_FOUND: [404, 'Class not known to the subsidy service'],
  APPRENTICESHIP_NOT_FOUND: [404, 'Apprenticeship not known to the subsidy service'],
  SHEET_ROWS_REJECTED: [422, 'Import has bad rows; nothing applied'],
  CLAIM_REJECTED: [422, 'Claim rejected by the rules'],
  CLAIM_NOT_FOUND: [404, 'Claim not found'],
  CLAIM_NOT_REFERRED: [409, 'Claim is not waiting for a person'],
  CLAIM_NOT_PAYABLE: [409, 'Claim cannot take this payment step'],
  BATCH_NOT_ASSEMBLED: [404, 'Payment batch not found'],
  BATCH_EMPTY: [409, 'Nothing to pay within the budget'],
  REVIEW_AMOUNT_MISSING: [422, 'Approval needs an amount'],
  RULE_SET_VERSION_EXISTS: [409, 'Rule set version already published'],
  RULE_SET_VERSION_NOT_NEXT: [422, 'Rule set version is not the next'],
  RULE_SET_OVERLAPS: [409, 'Rule set overlaps another in force'],
  SUPERSEDED_NOT_FOUND: [422, 'Superseded rule set not published'],
  SUPERSEDED_NOT_RELATED: [422, 'Superseded rule set is for another region or kinds'],
  SUPERSEDES_TOO_EARLY: [422, 'Rule set takes effect before the one it supersedes'],
};

/** Domain refusals and write conflicts as problem+json; anything else is left to service-kit (500). */
export const mapError = domainErrorMapper(
  statuses,
  "a worker's insurance record, claims or the rule sets changed meanwhile; retry",
);
