import { uniqueName, useTestDatabase } from '@tianfu/testing';
import { describe, expect, it } from 'vitest';
import { MongoLease } from '../src/relay/lease.ts';

const db = useTestDatabase('lease');

/** A clock the test moves by hand. */
function manualClock(start = Date.parse('2026-01-01T00:00:00Z')) {
  let now = start;
  return { clock: () => new Date(now), advance: (ms: number) => (now += ms) };
}

const lease = (name: string, owner: string, clock: () => Date) =>
  MongoLease.create(db(), { name, owner, ttlMs: 10_000, clock });

describe('MongoLease (insert-only epochs)', () => {
  it('gives the lease to exactly one of 20 concurrent contenders', async () => {
    const name = uniqueName('race');
    const { clock } = manualClock();
    const contenders = await Promise.all(Array.from({ length: 20 }, (_, i) => lease(name, `p${i}`, clock)));
    const won = await Promise.all(contenders.map((l) => l.tryAcquire()));
    expect(won.filter(Boolean)).toHaveLength(1);
  });

  it('lets the holder renew while a follower waits, and the follower take over once it expires', async () => {
    const name = uniqueName('expiry');
    const time = manualClock();
    const [a, b] = await Promise.all([lease(name, 'a', time.clock), lease(name, 'b', time.clock)]);
    expect(await a.tryAcquire()).toBe(true);
    time.advance(5_000);
    expect(await b.tryAcquire()).toBe(false);
    expect(await a.tryAcquire()).toBe(true);
    time.advance(9_000);
    expect(await b.tryAcquire()).toBe(false);
    time.advance(2_000);
    expect(await b.tryAcquire()).toBe(true);
    expect(await a.tryAcquire()).toBe(false);
  });

  it('hands the lease over at once on release', async () => {
    const name = uniqueName('release');
    const { clock } = manualClock();
    const [a, b] = await Promise.all([lease(name, 'a', clock), lease(name, 'b', clock)]);
    expect(await a.tryAcquire()).toBe(true);
    await a.release();
    expect(await b.tryAcquire()).toBe(true);
  });
});
