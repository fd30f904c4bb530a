import { domainError } from '@tianfu/decider';

/** Why a talent-registry command is refused; statuses live with the routes. */
export type TalentErrorCode =
  | 'HONOUR_ALREADY_GRANTED'
  | 'HONOUR_NOT_GRANTED'
  | 'HONOUR_ALREADY_REVOKED'
  | 'APPOINTMENT_EXISTS'
  | 'APPOINTMENT_NOT_FOUND'
  | 'APPOINTMENT_ENDED'
  | 'APPOINTMENT_PREREQUISITE_UNMET'
  | 'APPOINTMENT_TERM_INVALID'
  | 'APPOINTMENT_OVERRIDE_NOT_ALLOWED'
  | 'APPOINTMENT_OTHER_ENTERPRISE'
  | 'EMPLOYER_NOT_NAMED'
  | 'APPOINTING_BODY_NOT_EMPLOYER'
  | 'BASE_ALREADY_REGISTERED';

export const talentError = (code: TalentErrorCode, message: string, details?: Record<string, unknown>) =>
  domainError<TalentErrorCode>(code, message, details);

export const appointmentNotFound = (appointmentId: string) =>
  talentError('APPOINTMENT_NOT_FOUND', `no appointment ${appointmentId}`);
