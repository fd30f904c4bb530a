import { findErrorBy, GenericError } from '@platformatic/kafka';

/**
 * The port's promise: an error a retry may cure carries `retriable: true`. This client says
 * `canRetry`, on the error or on one it wraps (a response carries an error per partition).
 */
export function markRetriable(error: unknown): unknown {
  if (!(error instanceof Error) || !GenericError.isGenericError(error)) return error;
  const retriable = error.canRetry === true || findErrorBy(error, 'canRetry', true) !== null;
  return Object.assign(error, { retriable });
}

export const retriableErrors = async <T>(run: () => Promise<T>): Promise<T> => {
  try {
    return await run();
  } catch (error) {
    throw markRetriable(error);
  }
};
