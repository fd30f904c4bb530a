import { describe, expect, it } from 'vitest';
import { foldedStreams } from '../src/folded-streams.ts';
import { InMemoryEventStore } from '../src/in-memory-store.ts';
import { systemDeps } from './event-store-contract.ts';
import { counter } from './toy-counter.ts';

const ctx = { actor: { kind: 'user', id: 'u-1' }, correlationId: 'c-1' } as const;
const streamOf = (id: string) => `counter-${id}`;

/** Counts the events each read returns, to tell a tail read from a whole one. */
class CountingStore extends InMemoryEventStore {
  readEvents = 0;
  override async readStream(...args: Parameters<InMemoryEventStore['readStream']>) {
    const read = await super.readStream(...args);
    this.readEvents += read.events.length;
    return read;
  }
}

describe('foldedStreams', () => {
  it('runs commands on folded state and reads only the commits after what it holds', async () => {
    const store = new CountingStore(systemDeps);
    const streams = foldedStreams(store, counter, streamOf);
    for (const by of [1, 2, 3]) await streams.run('a', { kind: 'increment', by }, ctx);
    expect(store.readEvents).toBe(0);
    expect(await streams.read('a')).toEqual({ revision: 3, state: { value: 6 } });
  });

  it('catches up with another process’s commits before deciding', async () => {
    const store = new CountingStore(systemDeps);
    const streams = foldedStreams(store, counter, streamOf);
    await streams.run('a', { kind: 'increment', by: 4 }, ctx);
    await store.append(streamOf('a'), [{ type: 'counter.Incremented', data: { by: 5 } }], {
      ...ctx,
      expectedRevision: 1,
    });
    await expect(streams.run('a', { kind: 'increment', by: 2 }, ctx)).rejects.toMatchObject({
      code: 'COUNTER_CEILING',
    });
    expect(store.readEvents).toBe(1);
    expect((await streams.read('a')).state).toEqual({ value: 9 });
  });

  it('runs one command at a time per stream, so none decides on stale state', async () => {
    const streams = foldedStreams(new InMemoryEventStore(systemDeps), counter, streamOf);
    const runs = [3, 3, 3, 3].map((by) => streams.run('b', { kind: 'increment', by }, ctx));
    const settled = await Promise.allSettled(runs);
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected']);
    expect(await streams.read('b')).toEqual({ revision: 3, state: { value: 9 } });
  });
});
