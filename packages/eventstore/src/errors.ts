const brand = Symbol.for('tianfu.eventstore.error');

export interface ConcurrencyError extends Error {
  readonly [brand]: true;
  readonly code: 'CONCURRENCY_CONFLICT';
  readonly streamId: string;
  readonly expectedRevision: number;
}

/** Another writer appended to the stream first: re-read, decide again, or answer 409. */
export function concurrencyError(streamId: string, expectedRevision: number): ConcurrencyError {
  const error = new Error(
    `stream ${streamId} has moved past revision ${expectedRevision}: another writer appended first`,
  ) as Error & { -readonly [K in keyof ConcurrencyError]: ConcurrencyError[K] };
  error.name = 'ConcurrencyError';
  error[brand] = true;
  error.code = 'CONCURRENCY_CONFLICT';
  error.streamId = streamId;
  error.expectedRevision = expectedRevision;
  return error;
}

export const isConcurrencyError = (error: unknown): error is ConcurrencyError =>
  typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[brand] === true;
