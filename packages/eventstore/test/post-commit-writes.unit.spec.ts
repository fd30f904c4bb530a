import type { EventEnvelope } from '@tianfu/contracts';
import { describe, expect, it } from 'vitest';
import { InMemoryEventStore } from '../src/in-memory-store.ts';
import { postCommitWrites } from '../src/post-commit-writes.ts';
import { systemDeps } from './event-store-contract.ts';

const options = { expectedRevision: 'any', actor: { kind: 'system', id: 't' }, correlationId: 'c' } as const;

/** A read model: the event ids written, and a switch that makes every write fail, like a server that is down. */
function readModel() {
  const written: string[] = [];
  const model = {
    written,
    down: false,
    async write(events: readonly EventEnvelope[]) {
      if (model.down) throw new Error('the read model is unreachable');
      written.push(...events.map((e) => e.eventId));
    },
  };
  return model;
}

function setUp() {
  const warnings: object[] = [];
  const model = readModel();
  const logger = { warn: (details: object) => void warnings.push(details) };
  const process = () => postCommitWrites({ write: (events) => model.write(events), logger });
  const store = new InMemoryEventStore(systemDeps);
  const commit = async () => (await store.append('s-1', [{ type: 'test.Happened', data: { n: 1 } }], options)).events;
  return { model, warnings, writes: process(), nextProcess: process, commit };
}

describe('postCommitWrites: a read-model write after a commit never fails the command', () => {
  it('a failed write after the commit resolves and is logged; the repair from the topic writes it', async () => {
    const { model, warnings, writes, commit } = setUp();
    model.down = true;
    const events = await commit();
    await expect(writes.afterCommit(events)).resolves.toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(model.written).toEqual([]);

    model.down = false;
    await writes.repair(events);
    expect(model.written).toEqual(events.map((e) => e.eventId));
  });

  it('a repair fails while the write fails, so the consumer retries it, and writes once it succeeds', async () => {
    const { model, writes, commit } = setUp();
    model.down = true;
    const events = await commit();
    await writes.afterCommit(events);
    await expect(writes.repair(events)).rejects.toThrow('the read model is unreachable');

    model.down = false;
    await writes.repair(events);
    expect(model.written).toEqual(events.map((e) => e.eventId));
  });

  it('a write the command made is not repeated by the repair of the same process, but is by another process', async () => {
    const { model, writes, nextProcess, commit } = setUp();
    const events = await commit();
    await writes.afterCommit(events);
    await writes.repair(events);
    expect(model.written).toEqual(events.map((e) => e.eventId));

    await nextProcess().repair(events);
    expect(model.written).toEqual([...events, ...events].map((e) => e.eventId));
  });

  it('a command passing its own write uses it instead of the default one', async () => {
    const { model, writes, commit } = setUp();
    const events = await commit();
    const quick: string[] = [];
    await writes.afterCommit(events, async () => void quick.push('the directory line'));
    expect(quick).toEqual(['the directory line']);
    expect(model.written).toEqual([]);
  });
});
