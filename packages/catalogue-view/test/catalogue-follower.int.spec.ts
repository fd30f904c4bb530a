import { randomUUID } from 'node:crypto';
import { catalogueEvents, createEventRegistry, type NewEvent } from '@tianfu/contracts';
import { InMemoryEventStore } from '@tianfu/eventstore';
import { createTestTopic, occupationAdded, relayToTopic, testKafka, waitUntil } from '@tianfu/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { type CatalogueFollower, followCatalogue, searchOccupations } from '../src/index.ts';

const reason = '大典 2022';
const actor = { kind: 'user' as const, id: 'catalogue-admin' };
const silent = { info: () => {}, warn: () => {}, error: () => {} };
const occupation = (code: string, name: string): NewEvent => ({
  ...occupationAdded(code, name, { reason }),
  schemaVersion: 1,
});

const store = new InMemoryEventStore({
  clock: () => new Date(),
  newId: randomUUID,
  schemaVersions: createEventRegistry(catalogueEvents),
});
let revision = 0;
const append = async (...events: NewEvent[]) => {
  ({ revision } = await store.append('catalogue', events, {
    expectedRevision: revision,
    actor,
    correlationId: randomUUID(),
  }));
};
const followers: CatalogueFollower[] = [];
const stops: (() => Promise<void>)[] = [];

afterAll(async () => {
  for (const follower of followers) await follower.stop();
  for (const stop of stops) await stop();
});

describe('a catalogue held in memory from tianfu.catalogue.events (real Kafka)', () => {
  it('rebuilds what the topic holds at start, then follows what comes after', async () => {
    const topic = await createTestTopic('catalogue-view');
    const relay = relayToTopic(store, topic);
    stops.push(relay.stop);
    await append(
      {
        type: 'catalogue.GroupAdded',
        schemaVersion: 1,
        data: { code: '4', name: '社会生产服务和生活服务人员', reason },
      },
      occupation('4-03-02-01', '中式烹调师'),
      occupation('4-10-01-05', '养老护理员'),
    );
    await waitUntil(
      () => store.unpublished(10),
      (left) => left.length === 0,
      { what: 'the relay to publish' },
    );

    const kafka = testKafka('catalogue-view-test');
    const follower = await followCatalogue({ kafka, topic, logger: silent });
    followers.push(follower);
    await follower.caughtUp;
    expect([...follower.current().occupations.keys()]).toEqual(['4-03-02-01', '4-10-01-05']);

    await append(occupation('4-03-02-02', '中式面点师'));
    const later = await waitUntil(
      () => follower.current(),
      (state) => state.occupations.has('4-03-02-02'),
      { what: 'the follower to see the new occupation' },
    );
    expect(searchOccupations(later, { name: '中式', limit: 10 }).map((h) => h.occupation.name)).toEqual([
      '中式烹调师',
      '中式面点师',
    ]);
  });

  it('is caught up at once on an empty topic', async () => {
    const topic = await createTestTopic('catalogue-view-empty');
    const follower = await followCatalogue({
      kafka: testKafka('catalogue-view-empty'),
      topic,
      logger: silent,
    });
    followers.push(follower);
    await follower.caughtUp;
    expect(follower.current().occupations.size).toBe(0);
  });
});
