/** Items a key may verify per minute in batches, refilled continuously (a token bucket). */
export interface BatchLimits {
  /** Per employer token (its subject). */
  readonly perToken: number;
  /** Per employer body (the token's bodyId), over all its tokens. */
  readonly perBody: number;
}

export type QuotaDecision = { readonly ok: true } | { readonly ok: false; readonly retryAfterSeconds: number };

interface Bucket {
  items: number;
  at: number;
}

const MINUTE_MS = 60_000;
// Buckets left full are forgotten once this many are held, so idle tokens do not pile up.
const SWEEP_AT = 10_000;

/**
 * Batch verification rate-limited by items rather than requests: 1,000 pairs in one request
 * count as 1,000. A request is admitted only when every key it counts against has room for all
 * its items, and then charged to each, so no key is charged for a refused request. In memory:
 * each instance limits what reaches it.
 */
export function batchQuota(limits: BatchLimits, clock: () => Date) {
  const buckets = new Map<string, Bucket>();

  const level = (key: string, capacity: number, now: number): Bucket => {
    const bucket = buckets.get(key) ?? { items: capacity, at: now };
    const refilled = Math.min(capacity, bucket.items + ((now - bucket.at) * capacity) / MINUTE_MS);
    return { items: refilled, at: now };
  };

  const sweep = (now: number) => {
    for (const key of buckets.keys()) {
      const capacity = key.startsWith('body:') ? limits.perBody : limits.perToken;
      if (level(key, capacity, now).items >= capacity) buckets.delete(key);
    }
  };

  return {
    take(keys: { readonly token: string; readonly body?: string | undefined }, items: number): QuotaDecision {
      const now = clock().getTime();
      const counted = [
        [`token:${keys.token}`, limits.perToken] as const,
        ...(keys.body === undefined ? [] : [[`body:${keys.body}`, limits.perBody] as const]),
      ];
      const levels = counted.map(([key, capacity]) => ({ key, capacity, bucket: level(key, capacity, now) }));
      const short = levels.filter(({ bucket }) => bucket.items < items);
      if (short.length > 0) {
        const waitMs = Math.max(
          ...short.map(({ bucket, capacity }) => ((items - bucket.items) * MINUTE_MS) / capacity),
        );
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
      }
      for (const { key, bucket } of levels) buckets.set(key, { items: bucket.items - items, at: now });
      if (buckets.size > SWEEP_AT) sweep(now);
      return { ok: true };
    },
  };
}

export type BatchQuota = ReturnType<typeof batchQuota>;
