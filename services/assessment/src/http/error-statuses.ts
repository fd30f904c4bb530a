import { type DomainError, isConcurrencyError, isDomainError } from '@tianfu/eventstore';
import { type AppError, concurrencyConflict, defineError } from '@tianfu/service-kit';
import type { BodyErrorCode } from '../domain/body-errors.ts';

const problems: Record<BodyErrorCode, (detail: string) => AppError> = {
  BODY_ALREADY_REGISTERED: defineError('BODY_ALREADY_REGISTERED', 409, 'Evaluation body already registered'),
  BODY_NOT_REGISTERED: defineError('BODY_NOT_REGISTERED', 404, 'Evaluation body not registered'),
  BODY_ALREADY_SUSPENDED: defineError('BODY_ALREADY_SUSPENDED', 409, 'Evaluation body already suspended'),
  BODY_NOT_SUSPENDED: defineError('BODY_NOT_SUSPENDED', 409, 'Evaluation body not suspended'),
};

const known = (error: DomainError): error is DomainError<BodyErrorCode> => error.code in problems;

/** Domain refusals and write conflicts as problem+json; anything else is left to service-kit (500). */
export function mapError(error: unknown): AppError | undefined {
  if (isConcurrencyError(error)) return concurrencyConflict('the body changed meanwhile; read it again and retry');
  if (isDomainError(error) && known(error)) return problems[error.code](error.message);
  return undefined;
}
