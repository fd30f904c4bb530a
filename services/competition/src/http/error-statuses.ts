import { type IssuerErrorCode, issuerStatuses } from '@tianfu/platform-bodies';
import { type DomainStatuses, domainErrorMapper } from '@tianfu/service-kit';
import type { CompetitionErrorCode } from '../domain/competition-errors.ts';

const statuses: DomainStatuses<CompetitionErrorCode | IssuerErrorCode> = {
  COMPETITION_ALREADY_REGISTERED: [409, 'Competition already registered'],
  COMPETITION_NOT_FOUND: [404, 'Competition not found'],
  CONTEST_EVENT_NOT_FOUND: [404, 'Contest event not found'],
  CONTEST_EVENT_DUPLICATE: [422, 'Contest event ids repeat'],
  RULE_SET_NOT_FOR_TIER: [422, 'Promotion rule set not for this tier'],
  ENTRANT_ALREADY_REGISTERED: [409, 'Entrant already registered'],
  ENTRANT_TRACK_MISMATCH: [422, 'Entrant track differs from the contest event'],
  ENTRANT_TEAM_MISMATCH: [422, 'Team entry does not fit the contest event'],
  TEAM_FULL: [422, 'Team is full'],
  ENTRIES_CLOSED: [409, 'Results published: entries closed'],
  RESULTS_ALREADY_PUBLISHED: [409, 'Results already published'],
  RESULTS_NOT_PUBLISHED: [409, 'Results not published'],
  RESULT_UNKNOWN_ENTRANTS: [422, 'Results name unknown entrants'],
  RESULT_DUPLICATE_ENTRANTS: [422, 'Results name an entrant twice'],
  RESULT_TEAM_SPLIT: [422, 'Team members with different results'],
  RESULT_NOT_FOUND: [404, 'Result not found'],
  CONTEST_EVENT_CONFIRMED: [409, 'Results confirmed (核准): final'],
  ORGANISER_NOT_GRANTED: [403, 'Organiser holds no grant for this body and tier'],
  ORGANISER_NOT_FOUND: [404, 'Organiser not found'],
  ...issuerStatuses,
  CONFIRMATION_DATE_IMPLAUSIBLE: [422, 'The confirmation day is outside the competition year up to today'],
};

/** Domain refusals and write conflicts as problem+json; anything else is left to service-kit (500). */
export const mapError = domainErrorMapper(statuses, 'the competition changed meanwhile; retry');
