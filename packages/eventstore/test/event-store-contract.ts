import { randomUUID } from 'node:crypto';
import type { NewEvent } from '@tianfu/contracts';
import { describe, expect, it } from 'vitest';
import { isConcurrencyError } from '../src/errors.ts';
import type { AppendOptions, Commit, EventStore, StoreDeps } from '../src/types.ts';
import { readingLatest } from '../src/upcasting-store.ts';
import { testEvents } from './test-events.ts';

/** Real time and ids; the stores under test must not care. */
export const systemDeps: StoreDeps = { clock: () => new Date(), newId: randomUUID, schemaVersions: testEvents };

const actor = { kind: 'system', id: 'contract-test' } as const;
const at = (expectedRevision: AppendOptions['expectedRevision']): AppendOptions => ({
  expectedRevision,
  actor,
  correlationId: 'corr-1',
});
const event = (n: number, workerId: string | null = null): NewEvent => ({
  type: 'test.Happened',
  data: { n },
  workerId,
});

/** Appends with 'read, then append at the revision read', retrying on conflict, as handlers do. */
async function appendWithRetry(store: EventStore, streamId: string, n: number): Promise<number> {
  for (;;) {
    const { revision } = await store.readStream(streamId);
    try {
      return (await store.append(streamId, [event(n)], at(revision))).revision;
    } catch (error) {
      if (!isConcurrencyError(error)) throw error;
    }
  }
}

/** One contract, run against every EventStore implementation (docs/contributing.md). */
export function eventStoreContract(name: string, makeStore: () => Promise<EventStore>): void {
  describe(`EventStore contract: ${name}`, () => {
    const stream = () => `stream-${randomUUID()}`;

    it('reads an unknown stream as empty at revision 0', async () => {
      const store = await makeStore();
      expect(await store.readStream(stream())).toEqual({ revision: 0, events: [] });
    });

    it('reads only the commits after a given revision, with the head revision', async () => {
      const store = await makeStore();
      const id = stream();
      await store.append(id, [event(1)], at(0));
      await store.append(id, [event(2), event(3)], at(1));
      await store.append(id, [event(4)], at(2));
      const tail = await store.readStream(id, 1);
      expect(tail.revision).toBe(3);
      expect(tail.events.map((e) => e.revision)).toEqual([2, 2, 3]);
      expect(await store.readStream(id, 3)).toEqual({ revision: 3, events: [] });
    });

    it('appends a commit at revision 1 and wraps each event in a full envelope', async () => {
      const store = await makeStore();
      const id = stream();
      const result = await store.append(id, [event(1, 'w-1'), event(2)], { ...at(0), causationId: 'cause-1' });
      expect(result.revision).toBe(1);
      const read = await store.readStream(id);
      expect(read.revision).toBe(1);
      expect(read.events).toHaveLength(2);
      expect(read.events[0]).toMatchObject({
        type: 'test.Happened',
        schemaVersion: 1,
        streamId: id,
        revision: 1,
        actor,
        correlationId: 'corr-1',
        causationId: 'cause-1',
        workerId: 'w-1',
        data: { n: 1 },
      });
      expect(read.events[1]?.workerId).toBeNull();
      expect(new Set(read.events.map((e) => e.eventId)).size).toBe(2);
    });

    it('given an event without a schema version, when appended, then it is stored as its type’s latest version and read back unchanged', async () => {
      const store = await makeStore();
      const id = stream();
      await store.append(id, [{ type: 'test.Rated', data: { score: 4, scale: 5 } }], at(0));
      const [stored] = (await store.readStream(id)).events;
      expect(stored).toMatchObject({ schemaVersion: 2, data: { score: 4, scale: 5 } });
      const [read] = (await readingLatest(store, testEvents).readStream(id)).events;
      expect(read).toEqual(stored);
    });

    it('given an event with its version, when appended, then that version is kept and reading lifts it to the latest', async () => {
      const store = await makeStore();
      const id = stream();
      await store.append(id, [{ type: 'test.Rated', schemaVersion: 1, data: { score: 7 } }], at(0));
      expect((await store.readStream(id)).events[0]).toMatchObject({ schemaVersion: 1, data: { score: 7 } });
      const [read] = (await readingLatest(store, testEvents).readStream(id)).events;
      expect(read).toMatchObject({ schemaVersion: 2, data: { score: 7, scale: 10 } });
    });

    it('rejects a stale expected revision with a typed ConcurrencyError and writes nothing', async () => {
      const store = await makeStore();
      const id = stream();
      await store.append(id, [event(1)], at(0));
      const error = await store.append(id, [event(2)], at(0)).catch((e: unknown) => e);
      expect(isConcurrencyError(error)).toBe(true);
      expect(error).toMatchObject({ code: 'CONCURRENCY_CONFLICT', streamId: id, expectedRevision: 0 });
      expect((await store.readStream(id)).revision).toBe(1);
    });

    it('rejects an append of no events', async () => {
      const store = await makeStore();
      await expect(store.append(stream(), [], at(0))).rejects.toThrow(/at least one event/);
    });

    it("appends at the stream's end with expectedRevision 'any'", async () => {
      const store = await makeStore();
      const id = stream();
      await store.append(id, [event(1)], at(0));
      expect((await store.append(id, [event(2)], at('any'))).revision).toBe(2);
    });

    it('lets exactly one of two concurrent appends at the same revision win', async () => {
      const store = await makeStore();
      const id = stream();
      await store.append(id, [event(0)], at(0));
      const results = await Promise.allSettled([
        store.append(id, [event(1)], at(1)),
        store.append(id, [event(2)], at(1)),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const rejected = results.filter((r) => r.status === 'rejected');
      expect(rejected).toHaveLength(1);
      expect(isConcurrencyError(rejected[0]?.reason)).toBe(true);
      const read = await store.readStream(id);
      expect(read.events.map((e) => e.revision)).toEqual([1, 2]);
    });

    it('gives 50 concurrent retrying writers revisions 1..50 with no gap and no duplicate', async () => {
      const store = await makeStore();
      const id = stream();
      const revisions = await Promise.all(Array.from({ length: 50 }, (_, n) => appendWithRetry(store, id, n)));
      const expected = Array.from({ length: 50 }, (_, i) => i + 1);
      expect([...revisions].sort((a, b) => a - b)).toEqual(expected);
      const read = await store.readStream(id);
      expect(read.events.map((e) => e.revision)).toEqual(expected);
      expect(new Set(read.events.map((e) => (e.data as { n: number }).n)).size).toBe(50);
    });

    it('lists unpublished commits in per-stream revision order until they are marked published', async () => {
      const store = await makeStore();
      const id = stream();
      for (let n = 0; n < 3; n++) await store.append(id, [event(n)], at(n));
      const mine = (await store.unpublished(10_000)).filter((c) => c.streamId === id);
      expect(mine.map((c) => c.revision)).toEqual([1, 2, 3]);
      await store.markPublished(mine.slice(0, 2));
      const left = (await store.unpublished(10_000)).filter((c) => c.streamId === id);
      expect(left.map((c) => c.revision)).toEqual([3]);
      expect((await store.readCommit(id, 2))?.publishedAt).toEqual(expect.any(String));
      expect((await store.readCommit(id, 3))?.publishedAt).toBeNull();
    });

    it('reads every unpublished commit page by page, leaving out those marked published', async () => {
      const store = await makeStore();
      const id = stream();
      for (let n = 0; n < 5; n++) await store.append(id, [event(n)], at(n));
      await store.markPublished([{ streamId: id, revision: 2 }]);
      const pages: Commit[][] = [];
      for await (const page of store.unpublishedPages(3)) pages.push(page);
      expect(pages.every((page) => page.length > 0 && page.length <= 3)).toBe(true);
      const mine = pages.flat().filter((c) => c.streamId === id);
      expect(mine.map((c) => c.revision).sort((a, b) => a - b)).toEqual([1, 3, 4, 5]);
      expect((await store.readCommit(id, 2))?.publishedAt).toEqual(expect.any(String));
    });

    it('takes a second mark of the same commits (a republish) without complaint', async () => {
      const store = await makeStore();
      const id = stream();
      await store.append(id, [event(1)], at(0));
      const refs = [{ streamId: id, revision: 1 }];
      await store.markPublished(refs);
      await store.markPublished(refs);
      expect((await store.readCommit(id, 1))?.publishedAt).toEqual(expect.any(String));
      expect((await store.unpublished(10_000)).some((c) => c.streamId === id)).toBe(false);
    });

    it('reads one commit by position, and null past the end', async () => {
      const store = await makeStore();
      const id = stream();
      await store.append(id, [event(1)], at(0));
      expect(await store.readCommit(id, 1)).toMatchObject({ streamId: id, revision: 1, publishedAt: null });
      expect(await store.readCommit(id, 2)).toBeNull();
    });

    it('reads a long stream whole (past the first read chunks)', async () => {
      const store = await makeStore();
      const id = stream();
      for (let n = 0; n < 37; n++) await store.append(id, [event(n)], at(n));
      const read = await store.readStream(id);
      expect(read.revision).toBe(37);
      expect(read.events.map((e) => (e.data as { n: number }).n)).toEqual(Array.from({ length: 37 }, (_, n) => n));
    });

    it('tells listeners of each commit appended', async () => {
      const store = await makeStore();
      const seen: string[] = [];
      const unsubscribe = store.onAppend((c) => {
        seen.push(`${c.streamId}@${c.revision}`);
      });
      const id = stream();
      await store.append(id, [event(1)], at(0));
      unsubscribe();
      await store.append(stream(), [event(1)], at(0));
      expect(seen).toEqual([`${id}@1`]);
    });
  });
}
