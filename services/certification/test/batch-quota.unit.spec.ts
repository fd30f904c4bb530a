import { describe, expect, it } from 'vitest';
import { batchQuota } from '../src/application/batch-quota.ts';

const start = Date.parse('2026-03-02T09:00:00Z');
const clockAt = () => {
  let now = start;
  return { clock: () => new Date(now), advance: (ms: number) => (now += ms) };
};

describe('batch verification quota, by items per minute', () => {
  it('given a fresh token, when it sends a full batch of its limit, then it is admitted and the next item is not', () => {
    const { clock } = clockAt();
    const quota = batchQuota({ perToken: 2_000, perBody: 10_000 }, clock);
    expect(quota.take({ token: 'a' }, 1_000)).toEqual({ ok: true });
    expect(quota.take({ token: 'a' }, 1_000)).toEqual({ ok: true });
    expect(quota.take({ token: 'a' }, 1)).toEqual({ ok: false, retryAfterSeconds: 1 });
  });

  it('given an exhausted token, when refused, then Retry-After is the time until the batch fits, and then it fits', () => {
    const { clock, advance } = clockAt();
    const quota = batchQuota({ perToken: 1_200, perBody: 10_000 }, clock);
    expect(quota.take({ token: 'a' }, 1_200).ok).toBe(true);
    expect(quota.take({ token: 'a' }, 600)).toEqual({ ok: false, retryAfterSeconds: 30 });
    advance(29_000);
    expect(quota.take({ token: 'a' }, 600).ok).toBe(false);
    advance(1_000);
    expect(quota.take({ token: 'a' }, 600)).toEqual({ ok: true });
  });

  it('given two tokens of one body, when together they pass the body limit, then the second is refused though its own limit has room', () => {
    const { clock } = clockAt();
    const quota = batchQuota({ perToken: 3_000, perBody: 4_000 }, clock);
    expect(quota.take({ token: 'a', body: 'firm' }, 3_000).ok).toBe(true);
    expect(quota.take({ token: 'b', body: 'firm' }, 1_000).ok).toBe(true);
    expect(quota.take({ token: 'b', body: 'firm' }, 1).ok).toBe(false);
    expect(quota.take({ token: 'c', body: 'other' }, 1_000).ok).toBe(true);
  });

  it('given a request refused by the body limit, then its token is not charged for it', () => {
    const { clock } = clockAt();
    const quota = batchQuota({ perToken: 2_000, perBody: 2_000 }, clock);
    expect(quota.take({ token: 'a', body: 'firm' }, 1_500).ok).toBe(true);
    expect(quota.take({ token: 'b', body: 'firm' }, 1_000).ok).toBe(false);
    expect(quota.take({ token: 'b' }, 2_000).ok).toBe(true);
  });
});
