import { type DomainStatuses, domainErrorMapper } from '@tianfu/service-kit';
import type { BodyErrorCode } from '../domain/body-errors.ts';
import type { StandardErrorCode } from '../domain/catalogue-standard.ts';
import type { ExaminerErrorCode } from '../domain/examiner.ts';
import type { SupervisorErrorCode } from '../domain/quality-supervisor.ts';
import type { SessionErrorCode } from '../domain/session-errors.ts';

type DomainCode = BodyErrorCode | SessionErrorCode | ExaminerErrorCode | SupervisorErrorCode | StandardErrorCode;

const statuses: DomainStatuses<DomainCode> = {
  BODY_ALREADY_REGISTERED: [409, 'Evaluation body already registered'],
  BODY_NOT_REGISTERED: [404, 'Evaluation body not registered'],
  BODY_ALREADY_SUSPENDED: [409, 'Evaluation body already suspended'],
  BODY_NOT_SUSPENDED: [409, 'Evaluation body not suspended'],
  BODY_SUSPENDED: [403, 'Evaluation body suspended: read only'],
  BODY_CATEGORY_MISMATCH: [422, 'Body category does not match the filing number'],
  FILING_NOT_FOUND: [404, 'Occupation not filed by the body'],
  SESSION_ALREADY_SCHEDULED: [409, 'Exam session already scheduled'],
  SESSION_NOT_FOUND: [404, 'Exam session not found'],
  SESSION_CLOSED: [409, 'Exam session closed'],
  OCCUPATION_NOT_FILED: [403, 'Occupation or level not filed by the body'],
  EXAMINER_NOT_QUALIFIED: [422, 'Examiner not certified for the occupation and level'],
  SENIOR_EXAMINER_REQUIRED: [422, 'Senior examiners required'],
  SUPERVISOR_NOT_OF_BODY: [422, 'Supervisor belongs to another body'],
  CANDIDATE_ALREADY_ENROLLED: [409, 'Candidate already enrolled'],
  EXAMINER_IN_OWN_SESSION: [422, 'Examiner cannot be a candidate in their own session'],
  CANDIDATE_NOT_ELIGIBLE: [422, 'Candidate not eligible'],
  CANDIDATE_NOT_FOUND: [404, 'Candidate not found'],
  PART_NOT_ASSESSED: [422, 'Part not assessed at this level'],
  CORRECTION_NEEDS_REASON: [422, 'A correction needs a reason'],
  CLOSED_SESSION_AUTHORITY_ONLY: [403, 'Only the authority corrects a closed session'],
  SHEET_ROWS_REJECTED: [422, 'Sheet has bad rows; nothing applied'],
  SESSION_UNDER_WAY: [409, 'Exam session under way: marks recorded'],
  SESSION_DATE_IMPLAUSIBLE: [422, 'Session date outside the plausible range'],
  EXPERIENCE_IMPLAUSIBLE: [422, 'Years in the occupation exceed the working age'],
  CLASS_NOT_FOUND: [422, 'Training class not known'],
  CLASS_NOT_COMPLETED: [409, 'Training class not completed yet'],
  CLASS_OCCUPATION_MISMATCH: [422, "Class trains another occupation than the session's"],
  CLASS_LEVEL_MISMATCH: [422, "Class aims at another level than the session's"],
  NOT_A_COMPLETER: [422, 'Worker did not complete the class'],
  COMPLETERS_REFUSED: [422, 'Completers refused; nothing applied'],
  EXAMINER_ALREADY_REGISTERED: [409, 'Examiner already registered'],
  EXAMINER_NOT_FOUND: [404, 'Examiner not registered'],
  SUPERVISOR_ALREADY_REGISTERED: [409, 'Quality supervisor already registered'],
  SUPERVISOR_NOT_FOUND: [404, 'Quality supervisor not registered'],
  STANDARD_NOT_FOUND: [422, 'Occupation or standard version not in the catalogue'],
  STANDARD_NOT_IN_FORCE: [422, 'Standard not in force for a new filing'],
  LEVEL_NOT_OFFERED: [422, 'Level not offered by the standard'],
};

/** Domain refusals and write conflicts as problem+json; anything else is left to service-kit (500). */
export const mapError = domainErrorMapper(statuses);
