import { domainError } from '@tianfu/decider';

/** Why a command on a provider or a class is refused; statuses live with the routes. */
export type TrainingErrorCode =
  | 'PROVIDER_ALREADY_REGISTERED'
  | 'PROVIDER_NOT_FOUND'
  | 'PROVIDER_SUSPENDED'
  | 'PROVIDER_NOT_SUSPENDED'
  | 'PROVIDER_REMOVED'
  | 'ITEM_NOT_IN_CATALOGUE'
  | 'GRADE_DATES_INVALID'
  | 'CLASS_ALREADY_FILED'
  | 'CLASS_NOT_FOUND'
  | 'ITEM_NOT_PERMITTED'
  | 'TARGET_LEVEL_NOT_OFFERED'
  | 'SITTINGS_INVALID'
  | 'APPRENTICESHIP_ALREADY_AGREED'
  | 'APPRENTICESHIP_NOT_FOUND'
  | 'PROVIDER_KIND_NOT_PERMITTED'
  | 'APPRENTICESHIP_TERM_INVALID'
  | 'APPRENTICESHIP_ENDED'
  | 'APPRENTICESHIP_DATE_INVALID'
  | 'COMPLETION_REASON_REQUIRED'
  | 'PROGRESS_ID_REUSED'
  | 'APPRENTICESHIP_ALREADY_ACTIVE'
  | 'APPRENTICESHIP_NOT_ELIGIBLE';

/** A field a refusal names, with the rule it breaks: the problem+json's `errors`. */
export interface FieldProblem {
  readonly field: string;
  readonly rule: string;
  readonly message: string;
}

export const trainingError = (code: TrainingErrorCode, detail: string, details?: Record<string, unknown>) =>
  domainError<TrainingErrorCode>(code, detail, details);

/** A refusal naming every field it found wrong; the message is the first one's. */
export const fieldsRefused = (code: TrainingErrorCode, problems: readonly FieldProblem[]) =>
  trainingError(code, problems.map((p) => `${p.field}: ${p.message}`).join('; '), { errors: problems });

export const providerNotFound = (providerId: string) =>
  trainingError('PROVIDER_NOT_FOUND', `training provider ${providerId} is not registered`, {
    errors: [{ field: 'providerId', rule: 'not_registered', message: `no provider ${providerId}` }],
  });

export const classNotFound = (classId: string) => trainingError('CLASS_NOT_FOUND', `class ${classId} is not filed`);
