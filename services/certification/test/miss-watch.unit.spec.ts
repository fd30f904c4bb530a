import { describe, expect, it } from 'vitest';
import { missWatch } from '../src/application/miss-watch.ts';

const settings = { windowMs: 60_000, minItems: 100, ratio: 0.5 };
const clockAt = () => {
  let now = Date.parse('2026-03-02T09:00:00Z');
  return { clock: () => new Date(now), advance: (ms: number) => (now += ms) };
};

describe('bulk misses per token', () => {
  it('given batches that mostly miss, when the window holds enough items, then it alerts once', () => {
    const { clock } = clockAt();
    const watch = missWatch(settings, clock);
    expect(watch.record('a', 60, 50)).toBeNull();
    expect(watch.record('a', 60, 50)).toEqual({ token: 'a', items: 120, misses: 100 });
    expect(watch.record('a', 60, 60)).toBeNull();
  });

  it('given batches that mostly verify, then no alert however many items', () => {
    const { clock } = clockAt();
    const watch = missWatch(settings, clock);
    expect(watch.record('a', 1_000, 100)).toBeNull();
  });

  it('given a few misses below the minimum, then no alert; a new window counts afresh and may alert again', () => {
    const { clock, advance } = clockAt();
    const watch = missWatch(settings, clock);
    expect(watch.record('a', 99, 99)).toBeNull();
    advance(60_000);
    expect(watch.record('a', 99, 99)).toBeNull();
    expect(watch.record('a', 1, 1)).toEqual({ token: 'a', items: 100, misses: 100 });
    advance(60_000);
    expect(watch.record('a', 100, 100)).toEqual({ token: 'a', items: 100, misses: 100 });
  });

  it('given two tokens, then each is counted on its own', () => {
    const { clock } = clockAt();
    const watch = missWatch(settings, clock);
    expect(watch.record('a', 50, 50)).toBeNull();
    expect(watch.record('b', 50, 50)).toBeNull();
  });
});
