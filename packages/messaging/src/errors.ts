import { type ContractError, contractError, isContractError } from '@tianfu/contracts';

/** A message on a topic that is not an event envelope: it can never succeed, so it is not retried. */
export type InvalidEnvelopeError = ContractError<'EVENT_ENVELOPE_INVALID'>;

/** The contracts' own error for this failure, so dead letters read alike whichever side found it. */
export const invalidEnvelope = (message: string, cause?: unknown): InvalidEnvelopeError =>
  contractError('EVENT_ENVELOPE_INVALID', message, cause === undefined ? {} : { cause });

export const isInvalidEnvelopeError = (error: unknown): error is InvalidEnvelopeError =>
  isContractError(error, 'EVENT_ENVELOPE_INVALID');

/** The `code` a thrown value carries (our string codes, MongoDB's numeric ones), for dead-letter headers. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const { code } = error;
  return typeof code === 'string' || typeof code === 'number' ? String(code) : undefined;
}

export const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));
