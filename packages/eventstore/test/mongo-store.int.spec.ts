import { useTestDatabase } from '@tianfu/testing';
import { describe, expect, inject, it } from 'vitest';
import { MongoEventStore } from '../src/mongo-store.ts';
import { eventStoreContract, systemDeps } from './event-store-contract.ts';

const db = useTestDatabase('eventstore');

eventStoreContract(`MongoDB wire (${inject('mongoFlavour')})`, () => MongoEventStore.create(db(), systemDeps));

const options = { expectedRevision: 0, actor: { kind: 'system', id: 't' }, correlationId: 'c' } as const;

describe('MongoEventStore storage', () => {
  it("stores a commit's events as one JSON text beside only its flag and time, and still reads older commits", async () => {
    const store = await MongoEventStore.create(db(), systemDeps, 'commits_storage');
    const { events } = await store.append('fresh', [{ type: 'test.Happened', data: { n: 1 } }], options);
    const commits = db().collection<{ _id: string; events: unknown }>('commits_storage');
    const stored = await commits.findOne({ _id: 'fresh:1' });
    expect(Object.keys(stored ?? {}).sort()).toEqual(['_id', 'committedAt', 'events', 'published']);
    expect(typeof stored?.events).toBe('string');
    expect(await store.readCommit('fresh', 1)).toMatchObject({
      streamId: 'fresh',
      revision: 1,
      events,
      publishedAt: null,
    });
    await commits.insertOne({
      _id: 'older:1',
      streamId: 'older',
      revision: 1,
      events: events.map((e) => ({ ...e, streamId: 'older' })),
      committedAt: '2026-01-01T00:00:00.000Z',
      publishedAt: null,
      published: false,
    } as never);
    expect((await store.readStream('older')).events).toEqual(events.map((e) => ({ ...e, streamId: 'older' })));
  });

  it('folds publication marks into the commits once a sweep has read every page, and forgets them', async () => {
    const store = await MongoEventStore.create(db(), systemDeps, 'commits_fold');
    for (const id of ['a', 'b', 'c']) await store.append(id, [{ type: 'test.Happened', data: {} }], options);
    await store.markPublished([{ streamId: 'a', revision: 1 }]);
    const swept = [];
    for await (const page of store.unpublishedPages(1)) swept.push(...page.map((c) => c.streamId));
    expect(swept.sort()).toEqual(['b', 'c']);
    const flagged = await db()
      .collection('commits_fold')
      .findOne({ _id: 'a:1' as never });
    expect(flagged).toMatchObject({ published: true, publishedAt: expect.any(String) });
    expect(await db().collection('commits_fold_published').countDocuments()).toBe(0);
  });
});
