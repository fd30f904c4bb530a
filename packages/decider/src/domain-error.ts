const brand = Symbol.for('tianfu.domain.error');

/** A command a decider refuses: `code` is stable, so the HTTP layer maps it to a status. */
export interface DomainError<TCode extends string = string> extends Error {
  readonly [brand]: true;
  readonly code: TCode;
  /** What the caller needs to fix it (e.g. every bad row of a sheet); shown to the client. */
  readonly details: Readonly<Record<string, unknown>> | undefined;
}

export function domainError<TCode extends string>(
  code: TCode,
  message: string,
  details?: Record<string, unknown>,
): DomainError<TCode> {
  const error = Object.assign(new Error(message), { code, details, [brand]: true as const });
  error.name = 'DomainError';
  return error;
}

/** Recognised by its brand, not `instanceof`, so two copies of this package still agree. */
export const isDomainError = (error: unknown): error is DomainError =>
  typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[brand] === true;
