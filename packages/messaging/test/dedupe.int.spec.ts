import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@tianfu/contracts';
import { uniqueName } from '@tianfu/testing';
import { type Db, MongoClient } from 'mongodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createProcessedEvents, dedupe, insertOnce, isDuplicateKeyError } from '../src/index.ts';
import { envelope } from './fixtures.ts';

const context = { topic: 't', partition: 0, offset: '0', key: null };

describe('dedupe helpers against the MongoDB-wire server', () => {
  let client: MongoClient;
  let db: Db;

  beforeAll(() => {
    client = new MongoClient(inject('mongoUrl'));
    db = client.db(uniqueName('dedupe'));
  });

  afterAll(async () => {
    await db.dropDatabase();
    await client.close();
  });

  it('insertOnce: one winner among concurrent inserts of the same _id, the rest duplicates', async () => {
    const facts = db.collection<{ _id: string; n: number }>('facts');
    const id = randomUUID();
    const results = await Promise.all(Array.from({ length: 12 }, (_, n) => insertOnce(facts, { _id: id, n })));
    expect(results.filter((r) => r === 'inserted')).toHaveLength(1);
    expect(results.filter((r) => r === 'duplicate')).toHaveLength(11);
    expect(await facts.countDocuments({ _id: id })).toBe(1);
  });

  it('insertOnce rethrows anything but a duplicate key', async () => {
    const facts = db.collection<{ _id: unknown }>('odd');
    const failure = await insertOnce(facts, { _id: [1, 2] }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect(isDuplicateKeyError(failure)).toBe(false);
  });

  it('processed events: marks are per consumer, and marking twice is not an error', async () => {
    const eventId = randomUUID();
    const certification = createProcessedEvents(db, 'certification-policy');
    const career = createProcessedEvents(db, 'career-projection');
    expect(await certification.has(eventId)).toBe(false);
    expect(await certification.mark(eventId)).toBe('inserted');
    expect(await certification.mark(eventId)).toBe('duplicate');
    expect(await certification.has(eventId)).toBe(true);
    expect(await career.has(eventId)).toBe(false);
  });

  it('dedupe runs the handler once per eventId and marks after it', async () => {
    const processed = createProcessedEvents(db, uniqueName('consumer'));
    const seen: string[] = [];
    const handle = dedupe(processed, async (event) => {
      expect(await processed.has(event.eventId)).toBe(false);
      seen.push(event.eventId);
    });
    const event = envelope('worker-1', {});
    await handle(event, context);
    await handle(event, context);
    expect(seen).toEqual([event.eventId]);
    expect(await processed.has(event.eventId)).toBe(true);
  });

  it('dedupe leaves the event unmarked when the handler throws, so a retry runs it again', async () => {
    const processed = createProcessedEvents(db, uniqueName('consumer'));
    const event = envelope('worker-1', {});
    const failing = dedupe(processed, async () => {
      throw new Error('down');
    });
    await expect(failing(event, context)).rejects.toThrow('down');
    expect(await processed.has(event.eventId)).toBe(false);
  });

  it('dedupe neither looks up nor marks an event its handler ignores by type, and still handles the others once', async () => {
    const processed = createProcessedEvents(db, uniqueName('consumer'));
    const seen: string[] = [];
    const policy = Object.assign(
      async (event: EventEnvelope) => {
        seen.push(event.type);
      },
      { ignores: (event: EventEnvelope) => event.type === 'testing.Ignored' },
    );
    const handle = dedupe(processed, policy);
    const ignored = { ...envelope('worker-1', {}), type: 'testing.Ignored' };
    const handled = envelope('worker-1', {});
    for (const event of [ignored, handled, ignored, handled]) await handle(event, context);
    expect(seen).toEqual(['testing.Happened']);
    expect(await processed.has(ignored.eventId)).toBe(false);
    expect(await processed.has(handled.eventId)).toBe(true);
  });

  it('dedupe hands a run only the events not marked yet, each once, and marks them after it; a failed run marks none', async () => {
    const processed = createProcessedEvents(db, uniqueName('consumer'));
    const runs: string[][] = [];
    const policy = Object.assign(async () => {}, {
      ignores: (event: EventEnvelope) => event.type === 'testing.Ignored',
      handleAll: async (events: readonly EventEnvelope[]) => {
        runs.push(events.map((e) => e.eventId));
        if (events.some((e) => e.type === 'testing.Poison')) throw new Error('poison');
      },
    });
    const handle = dedupe(processed, policy);
    const [a, b, c] = [envelope('worker-1', {}), envelope('worker-2', {}), envelope('worker-1', {})];
    const ignored = { ...envelope('worker-1', {}), type: 'testing.Ignored' };
    await handle(a, context);
    await handle.handleAll?.([a, b, ignored, b, c]);
    expect(runs).toEqual([[b.eventId, c.eventId]]);
    expect(await processed.marked([a.eventId, b.eventId, c.eventId, ignored.eventId])).toEqual(
      new Set([a.eventId, b.eventId, c.eventId]),
    );
    const poison = { ...envelope('worker-3', {}), type: 'testing.Poison' };
    const d = envelope('worker-3', {});
    await expect(handle.handleAll?.([d, poison])).rejects.toThrow('poison');
    expect(await processed.marked([d.eventId, poison.eventId])).toEqual(new Set());
  });
});
