import { type DomainStatuses, domainErrorMapper } from '@tianfu/service-kit';
import type { TrainingErrorCode } from '../domain/training-errors.ts';
import { rosterStatuses } from './roster-error-statuses.ts';

const statuses: DomainStatuses<TrainingErrorCode> = {
  PROVIDER_ALREADY_REGISTERED: [409, 'Provider already registered'],
  PROVIDER_NOT_FOUND: [404, 'Provider not found'],
  PROVIDER_SUSPENDED: [409, 'Provider suspended'],
  PROVIDER_NOT_SUSPENDED: [409, 'Provider not suspended'],
  PROVIDER_REMOVED: [409, 'Provider removed from the register (退出)'],
  ITEM_NOT_IN_CATALOGUE: [422, 'Item not in the catalogue, or retired'],
  GRADE_DATES_INVALID: [422, 'Grade valid until a day not after it was given'],
  CLASS_ALREADY_FILED: [409, 'Class already filed'],
  CLASS_NOT_FOUND: [404, 'Class not found'],
  ITEM_NOT_PERMITTED: [422, 'Provider not registered to train this item'],
  TARGET_LEVEL_NOT_OFFERED: [422, 'Target level not offered for this item'],
  SITTINGS_INVALID: [422, 'Sittings break the schedule rules'],
  APPRENTICESHIP_ALREADY_AGREED: [409, 'Apprenticeship already agreed'],
  APPRENTICESHIP_NOT_FOUND: [404, 'Apprenticeship not found'],
  PROVIDER_KIND_NOT_PERMITTED: [422, 'Provider of a kind that cannot train apprentices'],
  APPRENTICESHIP_TERM_INVALID: [422, 'Planned term outside the duration rule'],
  APPRENTICESHIP_ENDED: [409, 'Apprenticeship already completed or terminated'],
  APPRENTICESHIP_DATE_INVALID: [422, 'Day outside the apprenticeship or in the future'],
  COMPLETION_REASON_REQUIRED: [422, 'Completion before the planned end needs a reason'],
  PROGRESS_ID_REUSED: [409, 'Progress record id already used for other facts'],
  APPRENTICESHIP_ALREADY_ACTIVE: [409, 'The apprentice has another active apprenticeship'],
  APPRENTICESHIP_NOT_ELIGIBLE: [422, 'Apprentice too young, or employer of an excluded kind'],
};

/** Domain refusals and write conflicts as problem+json; anything else is left to service-kit (500). */
export const mapError = domainErrorMapper(
  { ...statuses, ...rosterStatuses },
  'the provider, class or roster changed meanwhile; retry',
);
