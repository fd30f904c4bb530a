/**
 * The outcome of checking an outside value: the normalised value, or a stable code with a reason
 * a person can read. Used where "invalid" is an expected answer, not an exception.
 */
export type Checked<TValue, TCode extends string> =
  | { readonly ok: true; readonly value: TValue }
  | { readonly ok: false; readonly code: TCode; readonly reason: string };

export const valid = <TValue>(value: TValue): { readonly ok: true; readonly value: TValue } => ({ ok: true, value });

export const invalid = <TCode extends string>(
  code: TCode,
  reason: string,
): { readonly ok: false; readonly code: TCode; readonly reason: string } => ({ ok: false, code, reason });
