const brand = Symbol.for('tianfu.contracts.error');

/** An error raised by a contract check; `code` is stable and safe to branch on and to show. */
export interface ContractError<TCode extends string = string> extends Error {
  readonly [brand]: true;
  readonly code: TCode;
}

/** Builds a ContractError carrying `details` as extra own properties (e.g. zod issues). */
export function contractError<TCode extends string, TDetails extends object = object>(
  code: TCode,
  message: string,
  details?: TDetails,
): ContractError<TCode> & Readonly<TDetails> {
  const error = Object.assign(new Error(message), details, { code, [brand]: true as const });
  error.name = 'ContractError';
  return error;
}

/**
 * Recognises a ContractError by its brand, not by `instanceof`, so it still works when two copies
 * of this package end up in one process; pass `code` to ask for one kind.
 */
export function isContractError<TCode extends string = string>(
  error: unknown,
  code?: TCode,
): error is ContractError<TCode> {
  if (typeof error !== 'object' || error === null) return false;
  const candidate = error as Partial<Record<typeof brand, unknown>> & { code?: unknown };
  return candidate[brand] === true && (code === undefined || candidate.code === code);
}
