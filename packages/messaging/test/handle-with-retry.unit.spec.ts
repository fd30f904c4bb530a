import { describe, expect, it } from 'vitest';
import { backoffDelay, sleep } from '../src/backoff.ts';
import { handleWithRetry, type RetryHooks } from '../src/handle-with-retry.ts';

const policy = { maxRetries: 3, initialBackoffMs: 1, maxBackoffMs: 4 };

const hooks = (overrides: Partial<RetryHooks> = {}): RetryHooks => ({
  signal: new AbortController().signal,
  heartbeat: async () => undefined,
  onRetry: () => undefined,
  isPermanent: () => false,
  ...overrides,
});

const failing = (times: number) => {
  let calls = 0;
  return async () => {
    calls++;
    if (calls <= times) throw new Error(`failure ${calls}`);
  };
};

describe('handleWithRetry', () => {
  it('doubles the backoff up to the cap', () => {
    expect(
      [1, 2, 3, 4, 5].map((n) => backoffDelay(n, { ...policy, initialBackoffMs: 100, maxBackoffMs: 500 })),
    ).toEqual([100, 200, 400, 500, 500]);
  });

  it('succeeds after failures within maxRetries, heartbeating before each wait', async () => {
    const delays: number[] = [];
    let beats = 0;
    const outcome = await handleWithRetry(
      failing(2),
      policy,
      hooks({ onRetry: (_, __, ms) => delays.push(ms), heartbeat: async () => void beats++ }),
    );
    expect(outcome).toEqual({ kind: 'handled', attempts: 3 });
    expect(delays).toEqual([1, 2]);
    expect(beats).toBe(2);
  });

  it('gives up after 1 + maxRetries attempts with the last error', async () => {
    const outcome = await handleWithRetry(failing(10), policy, hooks());
    expect(outcome).toMatchObject({ kind: 'failed', attempts: 4, error: new Error('failure 4') });
  });

  it('does not retry an error the caller calls permanent', async () => {
    const outcome = await handleWithRetry(failing(10), policy, hooks({ isPermanent: () => true }));
    expect(outcome).toMatchObject({ kind: 'failed', attempts: 1 });
  });

  it('abandons the message when stopped during a backoff instead of waiting it out', async () => {
    const controller = new AbortController();
    const slow = { maxRetries: 3, initialBackoffMs: 60_000, maxBackoffMs: 60_000 };
    const outcome = handleWithRetry(
      failing(10),
      slow,
      hooks({ signal: controller.signal, onRetry: () => controller.abort() }),
    );
    expect(await outcome).toEqual({ kind: 'abandoned', attempts: 1 });
  });

  it('sleep resolves false at once on an aborted signal', async () => {
    expect(await sleep(60_000, AbortSignal.abort())).toBe(false);
    expect(await sleep(1, new AbortController().signal)).toBe(true);
  });
});
