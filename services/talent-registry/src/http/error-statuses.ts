import { type IssuerErrorCode, issuerStatuses } from '@tianfu/platform-bodies';
import { type DomainStatuses, domainErrorMapper } from '@tianfu/service-kit';
import type { TalentErrorCode } from '../domain/talent-errors.ts';

const statuses: DomainStatuses<TalentErrorCode | IssuerErrorCode> = {
  HONOUR_ALREADY_GRANTED: [409, 'Honour already granted in this round'],
  HONOUR_NOT_GRANTED: [404, 'Honour grant not found'],
  HONOUR_ALREADY_REVOKED: [409, 'Honour grant already revoked'],
  APPOINTMENT_EXISTS: [409, 'Appointment already exists'],
  APPOINTMENT_NOT_FOUND: [404, 'Appointment not found'],
  APPOINTMENT_ENDED: [409, 'Appointment ended'],
  APPOINTMENT_PREREQUISITE_UNMET: [422, 'Appointment prerequisite not met'],
  APPOINTMENT_TERM_INVALID: [422, 'Appointment term ends before it starts'],
  APPOINTMENT_OVERRIDE_NOT_ALLOWED: [403, 'Only the talent office overrides a prerequisite'],
  APPOINTMENT_OTHER_ENTERPRISE: [403, 'Appointment in another enterprise'],
  EMPLOYER_NOT_NAMED: [422, 'Appointing enterprise not named'],
  ...issuerStatuses,
  BASE_ALREADY_REGISTERED: [409, 'Base already registered'],
};

/** Domain refusals and write conflicts as problem+json; anything else is left to service-kit (500). */
export const mapError = domainErrorMapper(statuses);
