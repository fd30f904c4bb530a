// A symbol from the global registry, so two copies of this package still recognise each other's errors.
const brand = Symbol.for('tianfu.service-kit.app-error');

/** An error a handler means to show the client: it becomes a problem+json response with this status and code. */
export interface AppError extends Error {
  readonly [brand]: true;
  readonly code: string;
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  /** Merged into the problem body (never over its standard fields). */
  readonly extra: Readonly<Record<string, unknown>> | undefined;
}

export interface AppErrorFactory<C extends string = string> {
  (detail?: string, extra?: Record<string, unknown>): AppError & { readonly code: C };
  readonly code: C;
  readonly status: number;
  readonly title: string;
  is(error: unknown): error is AppError & { readonly code: C };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export const isAppError = (error: unknown): error is AppError =>
  typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[brand] === true;

/** `const sessionClosed = defineError('SESSION_CLOSED', 409, 'Session closed'); throw sessionClosed('…')`. */
export function defineError<C extends string>(code: C, status: number, title: string): AppErrorFactory<C> {
  if (!Number.isInteger(status) || status < 400 || status > 599) {
    throw new RangeError(`defineError(${code}): status ${status} is not an HTTP error status`);
  }
  const create = (detail: string = title, extra?: Record<string, unknown>) => {
    const error = new Error(`${code}: ${detail}`) as Mutable<AppError>;
    error.name = 'AppError';
    error[brand] = true;
    error.code = code;
    error.status = status;
    error.title = title;
    error.detail = detail;
    error.extra = extra;
    return error as AppError & { readonly code: C };
  };
  const is = (error: unknown): error is AppError & { readonly code: C } => isAppError(error) && error.code === code;
  return Object.assign(create, { code, status, title, is });
}
