import { describe, expect, it } from 'vitest';
import { RebuildProgress } from '../src/application/rebuild/rebuild-progress.ts';

describe('rebuild progress', () => {
  let now = Date.parse('2025-06-01T00:00:00.000Z');
  const clock = () => new Date(now);

  it('shows events, rate and lag while replaying, the new set’s lag while catching up, and freezes the rate', () => {
    const progress = new RebuildProgress(clock);
    expect(progress.view()).toMatchObject({ state: 'idle', set: null, events: 0 });
    progress.begin('v2_abcdef', 1_000);
    expect(progress.running).toBe(true);
    now += 2_000;
    progress.read(600, 1);
    expect(progress.view()).toMatchObject({
      state: 'replaying',
      set: 'v2_abcdef',
      startedAt: '2025-06-01T00:00:00.000Z',
      events: 600,
      invalid: 1,
      eventsPerSecond: 300,
      lag: 400,
    });
    progress.read(400, 0);
    now += 2_000;
    progress.catchingUp(7);
    now += 10_000;
    expect(progress.view()).toMatchObject({ state: 'catching-up', events: 1_000, eventsPerSecond: 250, lag: 7 });
    progress.done();
    expect(progress.view()).toMatchObject({ state: 'done', lag: 0, finishedAt: '2025-06-01T00:00:14.000Z' });
    expect(progress.running).toBe(false);
  });

  it('keeps the error of a failed rebuild', () => {
    const progress = new RebuildProgress(clock);
    progress.begin('v2_abcdef', 10);
    progress.failed(new Error('broker gone'));
    expect(progress.view()).toMatchObject({ state: 'failed', error: 'broker gone' });
  });
});
