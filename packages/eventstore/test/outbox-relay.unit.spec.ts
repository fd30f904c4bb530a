import type { EventEnvelope } from '@tianfu/contracts';
import { waitUntil } from '@tianfu/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { InMemoryEventStore } from '../src/in-memory-store.ts';
import { type Lease, soleLease } from '../src/relay/lease.ts';
import { OutboxRelay } from '../src/relay/outbox-relay.ts';
import type { Commit, EventStore } from '../src/types.ts';
import { upcastingStore } from '../src/upcasting-store.ts';
import { systemDeps } from './event-store-contract.ts';

const silent = { info: () => {}, warn: () => {} };
const options = { expectedRevision: 'any', actor: { kind: 'system', id: 't' }, correlationId: 'c' } as const;

/** Records what it is given; can be told to fail, like a broker that is down. */
class RecordingPublisher {
  readonly published: EventEnvelope[] = [];
  down = false;
  async publish(events: readonly EventEnvelope[]) {
    if (this.down) throw new Error('broker unreachable');
    this.published.push(...events);
  }
}

const relays: OutboxRelay[] = [];
afterEach(async () => {
  await Promise.all(relays.splice(0).map((r) => r.stop()));
});

function startRelay(store: InMemoryEventStore, publisher: RecordingPublisher, lease: Lease = soleLease) {
  const relay = new OutboxRelay({ store, publisher, lease, logger: silent, sweepIntervalMs: 60_000, maxBackoffMs: 20 });
  relays.push(relay);
  relay.start();
  return relay;
}

describe('OutboxRelay', () => {
  it('publishes an append at once instead of waiting for the next sweep, and marks what it published', async () => {
    const store = new InMemoryEventStore(systemDeps);
    const publisher = new RecordingPublisher();
    startRelay(store, publisher);
    await store.append('s', [{ type: 'test.Happened', data: { n: 1 } }], options);
    await waitUntil(
      () => publisher.published.length,
      (n) => n === 1,
      { timeoutMs: 5_000, what: 'publish' },
    );
    expect(await store.unpublished(10)).toEqual([]);
  });

  it('keeps each stream in revision order across many appends', async () => {
    const store = new InMemoryEventStore(systemDeps);
    const publisher = new RecordingPublisher();
    startRelay(store, publisher);
    for (let n = 0; n < 200; n++) await store.append(`s${n % 7}`, [{ type: 'test.Happened', data: { n } }], options);
    await waitUntil(
      () => publisher.published.length,
      (n) => n === 200,
      { what: 'all published' },
    );
    for (let s = 0; s < 7; s++) {
      const revisions = publisher.published.filter((e) => e.streamId === `s${s}`).map((e) => e.revision);
      expect(revisions).toEqual([...revisions].sort((a, b) => a - b));
    }
  });

  it('retries while the publisher fails, loses nothing, and publishes once it is back', async () => {
    const store = new InMemoryEventStore(systemDeps);
    const publisher = new RecordingPublisher();
    publisher.down = true;
    startRelay(store, publisher);
    for (let n = 0; n < 20; n++) await store.append(`s${n % 3}`, [{ type: 'test.Happened', data: { n } }], options);
    expect((await store.unpublished(100)).length).toBe(20);
    publisher.down = false;
    await waitUntil(
      () => publisher.published.length,
      (n) => n === 20,
      { what: 'publish after recovery' },
    );
    expect(await store.unpublished(100)).toEqual([]);
  });

  it('keeps per-stream order when its sweep reads later commits before their predecessors', async () => {
    const store = new InMemoryEventStore(systemDeps);
    for (let n = 0; n < 30; n++) await store.append(`s${n % 3}`, [{ type: 'test.Happened', data: { n } }], options);
    const backwards: EventStore = {
      ...upcastingStore(store, (e) => e),
      async *unpublishedPages(pageSize) {
        const pages: Commit[][] = [];
        for await (const page of store.unpublishedPages(pageSize)) pages.push(page);
        yield* pages.reverse();
      },
    };
    const publisher = new RecordingPublisher();
    const relay = new OutboxRelay({ store: backwards, publisher, lease: soleLease, logger: silent, batchSize: 4 });
    while ((await relay.drainOnce()) > 0);
    expect(await store.unpublished(100)).toEqual([]);
    for (let s = 0; s < 3; s++) {
      const revisions = publisher.published.filter((e) => e.streamId === `s${s}`).map((e) => e.revision);
      expect([...new Set(revisions)]).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
      expect(revisions).toEqual([...revisions].sort((a, b) => a - b));
    }
  });

  it('publishes nothing while another process holds the lease', async () => {
    const store = new InMemoryEventStore(systemDeps);
    const publisher = new RecordingPublisher();
    const relay = startRelay(store, publisher, { tryAcquire: async () => false, release: async () => {} });
    await store.append('s', [{ type: 'test.Happened', data: {} }], options);
    expect(await relay.drainOnce()).toBe(0);
    expect(publisher.published).toEqual([]);
  });

  it('as a follower, leaves the event loop free while its process appends', async () => {
    const store = new InMemoryEventStore(systemDeps);
    startRelay(store, new RecordingPublisher(), { tryAcquire: async () => false, release: async () => {} });
    for (let n = 0; n < 3; n++) await store.append('s', [{ type: 'test.Happened', data: { n } }], options);
    const started = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
