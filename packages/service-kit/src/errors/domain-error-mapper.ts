import { type DomainError, isDomainError } from '@tianfu/decider';
import { isConcurrencyError } from '@tianfu/eventstore';
import { type AppError, defineError } from './app-error.ts';
import { concurrencyConflict } from './common-errors.ts';
import type { DomainStatuses, ErrorMapper } from './error-mapper.ts';

/**
 * The `mapError` a service gives createApp: its domain refusals as problem+json by the table, a
 * lost write race as 409 (with `conflictDetail`), anything else left to service-kit (500). It
 * carries the table, so the OpenAPI document lists each code on the responses of its status.
 */
export function domainErrorMapper<C extends string>(
  statuses: DomainStatuses<C>,
  conflictDetail = 'the resource changed meanwhile; read it again and retry',
): ErrorMapper {
  const known = (error: DomainError): error is DomainError<C> => error.code in statuses;
  const mapError = (error: unknown): AppError | undefined => {
    if (isConcurrencyError(error)) return concurrencyConflict(conflictDetail);
    if (!isDomainError(error) || !known(error)) return undefined;
    const [status, title] = statuses[error.code];
    return defineError(error.code, status, title)(error.message, error.details);
  };
  return Object.assign(mapError, { statuses });
}
