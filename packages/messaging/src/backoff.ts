export interface RetryPolicy {
  /** Retries after the first attempt; the message is dead-lettered after 1 + maxRetries failures. */
  readonly maxRetries: number;
  readonly initialBackoffMs: number;
  readonly maxBackoffMs: number;
}

/** Exponential: initial, 2×initial, 4×initial … capped. `retry` counts from 1. */
export const backoffDelay = (retry: number, policy: RetryPolicy): number =>
  Math.min(policy.maxBackoffMs, policy.initialBackoffMs * 2 ** (retry - 1));

/** Resolves true after `ms`, or false as soon as `signal` aborts, so a stop never waits out a backoff. */
export function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
