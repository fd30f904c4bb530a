import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newDataKey } from '../src/personal-data/data-key.ts';
import { recentKeys } from '../src/personal-data/recent-keys.ts';

const start = new Date('2026-03-01T08:00:00Z').getTime();
const workers = ['a', 'b', 'c'].map((c) => c.repeat(64));
const keyOf = (workerId: string) => newDataKey(workerId, randomBytes(32), new Date(start)).dataKey;

/** A memory of 2 keys for 1 s, on a clock the test moves. */
const setUp = () => {
  let now = start;
  const recent = recentKeys(() => new Date(now), 1_000, 2);
  return { recent, advance: (ms: number) => (now += ms) };
};

describe('recently seen worker keys (for sealing only)', () => {
  it('gives back what it was told, while fresh', () => {
    const { recent, advance } = setUp();
    const [a, b] = workers as [string, string];
    const keys = new Map([
      [a, keyOf(a)],
      [b, keyOf(b)],
    ]);
    recent.remember(keys);
    advance(999);
    expect(recent.take([b, a, 'f'.repeat(64)])).toEqual(new Map([...keys].reverse()));
    advance(1);
    expect(recent.take([a, b]).size).toBe(0);
  });

  it('forgets an erased worker at once', () => {
    const { recent } = setUp();
    const [a] = workers as [string];
    recent.remember(new Map([[a, keyOf(a)]]));
    recent.forget(a);
    expect(recent.take([a]).size).toBe(0);
  });

  it('keeps at most its capacity, dropping the longest known first', () => {
    const { recent } = setUp();
    const [a, b, c] = workers as [string, string, string];
    recent.remember(new Map([[a, keyOf(a)]]));
    recent.remember(new Map([[b, keyOf(b)]]));
    recent.remember(new Map([[a, keyOf(a)]]));
    recent.remember(new Map([[c, keyOf(c)]]));
    expect([...recent.take(workers).keys()]).toEqual([a, c]);
  });
});
