import { randomUUID } from 'node:crypto';
import { isDomainError } from '@tianfu/decider';
import { describe, expect, it } from 'vitest';
import { handleCommand } from '../src/command-handler.ts';
import { isConcurrencyError } from '../src/errors.ts';
import { InMemoryEventStore } from '../src/in-memory-store.ts';
import { systemDeps } from './event-store-contract.ts';
import { counter } from './toy-counter.ts';

const ctx = { actor: { kind: 'user', id: 'u-1' }, correlationId: 'c-1' } as const;
const incremented = (by: number) => ({ type: 'counter.Incremented' as const, data: { by } });

/** Another writer always appends just before us. */
class RacingStore extends InMemoryEventStore {
  override async append(...[streamId, events, options]: Parameters<InMemoryEventStore['append']>) {
    await super.append(streamId, [incremented(0)], { ...options, expectedRevision: 'any' });
    return super.append(streamId, events, options);
  }
}

describe('handleCommand', () => {
  it('reads, decides, appends and returns the new state and revision', async () => {
    const store = new InMemoryEventStore(systemDeps);
    await handleCommand(store, 'c', counter, { kind: 'increment', by: 2 }, ctx);
    const result = await handleCommand(store, 'c', counter, { kind: 'increment', by: 3 }, ctx);
    expect(result.revision).toBe(2);
    expect(result.state).toEqual({ value: 5 });
    expect(result.events[0]).toMatchObject({ type: 'counter.Incremented', data: { by: 3 }, correlationId: 'c-1' });
  });

  it('decides again on fresh state when another writer got in first', async () => {
    const store = new InMemoryEventStore(systemDeps);
    const id = randomUUID();
    const results = await Promise.all(
      [1, 2, 3].map((by) => handleCommand(store, id, counter, { kind: 'increment', by }, ctx)),
    );
    expect(results.map((r) => r.revision).sort()).toEqual([1, 2, 3]);
    expect(Math.max(...results.map((r) => r.state.value))).toBe(6);
  });

  it('does not retry when the client sent If-Match, and surfaces the conflict', async () => {
    const store = new InMemoryEventStore(systemDeps);
    await handleCommand(store, 'c', counter, { kind: 'increment', by: 1 }, ctx);
    const error = await handleCommand(
      store,
      'c',
      counter,
      { kind: 'increment', by: 1 },
      { ...ctx, expectedRevision: 0 },
    ).catch((e: unknown) => e);
    expect(isConcurrencyError(error)).toBe(true);
    expect((await store.readStream('c')).revision).toBe(1);
  });

  it('lets a domain error through, recognisable by its brand, and writes nothing', async () => {
    const store = new InMemoryEventStore(systemDeps);
    const error = await handleCommand(store, 'c', counter, { kind: 'increment', by: 11 }, ctx).catch((e: unknown) => e);
    expect(isDomainError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'COUNTER_CEILING' });
    expect(isDomainError(new Error('plain'))).toBe(false);
    expect((await store.readStream('c')).revision).toBe(0);
  });

  it('gives up after the bounded number of attempts under constant conflict', async () => {
    const store = new RacingStore(systemDeps);
    const error = await handleCommand(store, 'c', counter, { kind: 'increment', by: 1 }, ctx, { maxAttempts: 3 }).catch(
      (e: unknown) => e,
    );
    expect(isConcurrencyError(error)).toBe(true);
    expect((await store.readStream('c')).revision).toBe(3);
  });
});
