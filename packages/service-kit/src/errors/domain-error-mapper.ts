import { type DomainError, isDomainError } from '@tianfu/decider';
import { isConcurrencyError } from '@tianfu/eventstore';
import { type AppError, defineError } from './app-error.ts';
import { concurrencyConflict } from './common-errors.ts';

/** A service's table: each domain error code with the HTTP status and title it answers with. */
export type DomainStatuses<C extends string> = Readonly<Record<C, readonly [status: number, title: string]>>;

/**
 * The `mapError` a service gives createApp: its domain refusals as problem+json by the table, a
 * lost write race as 409, anything else left to service-kit (500).
 */
export function domainErrorMapper<C extends string>(statuses: DomainStatuses<C>) {
  const known = (error: DomainError): error is DomainError<C> => error.code in statuses;
  return (error: unknown): AppError | undefined => {
    if (isConcurrencyError(error))
      return concurrencyConflict('the resource changed meanwhile; read it again and retry');
    if (!isDomainError(error) || !known(error)) return undefined;
    const [status, title] = statuses[error.code];
    return defineError(error.code, status, title)(error.message, error.details);
  };
}
