/**
 * A message on a topic that is not an event envelope: it can never succeed, so it is not retried.
 * Same code as the contracts' registry uses for the same failure, so dead letters read alike.
 */
export class InvalidEnvelopeError extends Error {
  readonly code = 'EVENT_ENVELOPE_INVALID';
  override readonly name = 'InvalidEnvelopeError';
}

export const isInvalidEnvelopeError = (error: unknown): error is InvalidEnvelopeError =>
  error instanceof Error && (error as { code?: unknown }).code === 'EVENT_ENVELOPE_INVALID';

/** The `code` a thrown value carries (our string codes, MongoDB's numeric ones), for dead-letter headers. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const { code } = error;
  return typeof code === 'string' || typeof code === 'number' ? String(code) : undefined;
}

export const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));
