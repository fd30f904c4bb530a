import { backoffDelay, type RetryPolicy, sleep } from './backoff.ts';

export type RetryOutcome =
  | { readonly kind: 'handled'; readonly attempts: number }
  | { readonly kind: 'failed'; readonly attempts: number; readonly error: unknown }
  /** Stopped during a backoff: the message stays unresolved and is redelivered later. */
  | { readonly kind: 'abandoned'; readonly attempts: number };

export interface RetryHooks {
  readonly signal: AbortSignal;
  /** Keeps the group membership alive while we wait (kafkajs heartbeats only when asked). */
  readonly heartbeat: () => Promise<void>;
  readonly onRetry: (error: unknown, attempt: number, delayMs: number) => void;
  /** Errors no retry can fix go to the dead-letter topic at the first failure. */
  readonly isPermanent: (error: unknown) => boolean;
}

export async function handleWithRetry(
  run: () => Promise<void>,
  policy: RetryPolicy,
  hooks: RetryHooks,
): Promise<RetryOutcome> {
  for (let attempt = 1; ; attempt++) {
    try {
      await run();
      return { kind: 'handled', attempts: attempt };
    } catch (error) {
      if (attempt > policy.maxRetries || hooks.isPermanent(error)) return { kind: 'failed', attempts: attempt, error };
      const delayMs = backoffDelay(attempt, policy);
      hooks.onRetry(error, attempt, delayMs);
      await hooks.heartbeat();
      if (!(await sleep(delayMs, hooks.signal))) return { kind: 'abandoned', attempts: attempt };
    }
  }
}
