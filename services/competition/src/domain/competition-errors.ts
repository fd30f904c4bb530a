import { domainError } from '@tianfu/decider';

/** Why a command on a competition is refused; statuses live with the routes. */
export type CompetitionErrorCode =
  | 'COMPETITION_ALREADY_REGISTERED'
  | 'COMPETITION_NOT_FOUND'
  | 'CONTEST_EVENT_NOT_FOUND'
  | 'CONTEST_EVENT_DUPLICATE'
  | 'RULE_SET_NOT_FOR_TIER'
  | 'ENTRANT_ALREADY_REGISTERED'
  | 'ENTRANT_TRACK_MISMATCH'
  | 'ENTRANT_TEAM_MISMATCH'
  | 'TEAM_FULL'
  | 'ENTRIES_CLOSED'
  | 'RESULTS_ALREADY_PUBLISHED'
  | 'RESULTS_NOT_PUBLISHED'
  | 'RESULT_UNKNOWN_ENTRANTS'
  | 'RESULT_DUPLICATE_ENTRANTS'
  | 'RESULT_TEAM_SPLIT'
  | 'RESULT_NOT_FOUND'
  | 'CONTEST_EVENT_CONFIRMED'
  | 'ORGANISER_NOT_GRANTED'
  | 'ORGANISER_NOT_FOUND'
  | 'CONFIRMATION_DATE_IMPLAUSIBLE';

export const competitionError = (code: CompetitionErrorCode, detail: string, details?: Record<string, unknown>) =>
  domainError<CompetitionErrorCode>(code, detail, details);

export const competitionNotFound = (competitionId: string) =>
  competitionError('COMPETITION_NOT_FOUND', `competition ${competitionId} is not registered`);

export const organiserNotFound = (organiserId: string) =>
  competitionError('ORGANISER_NOT_FOUND', `no organiser ${organiserId}`);
