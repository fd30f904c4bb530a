// From the global registry, so two copies of this package still recognise each other's errors.
const brand = Symbol.for('tianfu.service-kit.operational-error');

/**
 * An infrastructure fault (a serial range used up, a status list full, no signing key): nothing
 * the caller did or can fix, so it is never a DomainError. It answers 503, is logged with its
 * details and counted in `operational_errors_total` for the operators' alert.
 */
export interface OperationalError<TCode extends string = string> extends Error {
  readonly [brand]: true;
  readonly code: TCode;
  /** For the log only: a 5xx body never carries them. */
  readonly details: Readonly<Record<string, unknown>> | undefined;
}

export function operationalError<TCode extends string>(
  code: TCode,
  message: string,
  details?: Record<string, unknown>,
): OperationalError<TCode> {
  const error = Object.assign(new Error(message), { code, details, [brand]: true as const });
  error.name = 'OperationalError';
  return error;
}

export const isOperationalError = (error: unknown): error is OperationalError =>
  typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[brand] === true;
