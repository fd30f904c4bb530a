import type { EventEnvelope } from '@tianfu/contracts';
import { waitUntil } from '@tianfu/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { InMemoryEventStore } from '../src/in-memory-store.ts';
import { soleLease } from '../src/relay/lease.ts';
import { OutboxRelay } from '../src/relay/outbox-relay.ts';
import { postCommitWrites } from '../src/relay/post-commit-writes.ts';
import { systemDeps } from './event-store-contract.ts';

const options = { expectedRevision: 'any', actor: { kind: 'system', id: 't' }, correlationId: 'c' } as const;

/** A read model: the event ids written, and a switch that makes every write fail, like a server that is down. */
function readModel() {
  const written: string[] = [];
  const model = {
    written,
    down: false,
    failures: 0,
    async write(events: readonly EventEnvelope[]) {
      if (model.down) {
        model.failures++;
        throw new Error('the read model is unreachable');
      }
      written.push(...events.map((e) => e.eventId));
    },
  };
  return model;
}

const warnings: object[] = [];
const logger = { info: () => {}, warn: (details: object) => void warnings.push(details) };
const relays: OutboxRelay[] = [];
afterEach(async () => {
  await Promise.all(relays.splice(0).map((r) => r.stop()));
  warnings.length = 0;
});

function setUp() {
  const store = new InMemoryEventStore(systemDeps);
  const model = readModel();
  const writes = postCommitWrites({ write: (events) => model.write(events), logger });
  const published: string[] = [];
  const publisher = writes.publisher({
    publish: async (events) => void published.push(...events.map((e) => e.eventId)),
  });
  const startRelay = () => {
    const relay = new OutboxRelay({ store, publisher, lease: soleLease, logger, maxBackoffMs: 20 });
    relays.push(relay);
    relay.start();
  };
  const commit = async () => (await store.append('s-1', [{ type: 'toy.Happened', data: {} }], options)).events;
  return { model, writes, published, startRelay, commit };
}

describe('postCommitWrites: a read-model write after a commit never fails the command', () => {
  it('a failed write after the commit resolves, is logged, and the relay writes it before publishing', async () => {
    const { model, writes, published, startRelay, commit } = setUp();
    model.down = true;
    const events = await commit();
    await expect(writes.afterCommit(events)).resolves.toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(model.written).toEqual([]);

    model.down = false;
    startRelay();
    await waitUntil(
      async () => published,
      (ids) => ids.length === 1,
      { what: 'the commit published' },
    );
    expect(model.written).toEqual(events.map((e) => e.eventId));
  });

  it('while the write keeps failing the commit stays unpublished, and goes out once the write succeeds', async () => {
    const { model, published, startRelay, commit } = setUp();
    model.down = true;
    const events = await commit();
    startRelay();
    await waitUntil(
      async () => model.failures,
      (failures) => failures >= 3,
      { what: 'the relay retrying the write' },
    );
    expect(published).toEqual([]);

    model.down = false;
    await waitUntil(
      async () => published,
      (ids) => ids.length === 1,
      { what: 'the commit published after the read model came back' },
    );
    expect(model.written).toEqual(events.map((e) => e.eventId));
  });

  it('a write the command made is not repeated by the relay of the same process', async () => {
    const { model, writes, published, startRelay, commit } = setUp();
    const events = await commit();
    await writes.afterCommit(events);
    startRelay();
    await waitUntil(
      async () => published,
      (ids) => ids.length === 1,
      { what: 'the commit published' },
    );
    expect(model.written).toEqual(events.map((e) => e.eventId));
  });
});
