import { followCatalogue, searchOccupations } from '@tianfu/catalogue-view';
import { type App, signToken } from '@tianfu/service-kit';
import { createTestTopic, relayToTopic, testKafka, useTestDatabase, waitUntil } from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { catalogueStorage } from '../src/storage.ts';

const SECRET = 'catalogue-relay-secret-at-least-32-chars';
const db = useTestDatabase('catalogue-relay');
const silent = { info: () => {}, warn: () => {}, error: () => {} };
const closers: (() => Promise<unknown>)[] = [];
let app: App;
let topic: string;

beforeAll(async () => {
  const clock = () => new Date();
  const storage = await catalogueStorage(db(), clock);
  ({ app } = await buildApp({ ...storage, authSecret: SECRET, clock, version: 'test', logLevel: 'silent' }));
  topic = await createTestTopic('catalogue-events');
  const relay = relayToTopic(storage.store, topic);
  closers.push(() => app.close(), relay.stop);
}, 60_000);

afterAll(async () => {
  for (const close of closers.reverse()) await close();
});

describe('an import reaches every holder of the catalogue (HTTP → events → Kafka → memory)', () => {
  it('a holder started before the import sees it; one started after rebuilds it from the topic', async () => {
    const kafka = testKafka('catalogue-holder');
    const early = await followCatalogue({ kafka, topic, logger: silent });
    closers.push(early.stop);
    const token = await signToken({ secret: SECRET, principal: { sub: 'authority', role: 'admin' } });
    const csv = [
      '编码,名称,工种',
      '6,生产制造及有关人员,',
      '6-18,机械制造基础加工人员,',
      '6-18-01,机械冷加工人员,',
      '6-18-01-01,车工,数控车工',
    ].join('\n');
    const imported = await app.inject({
      method: 'POST',
      url: `/v1/catalogue/imports/occupations.csv?reason=${encodeURIComponent('大典')}`,
      payload: Buffer.from(csv),
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
    });
    expect(imported.statusCode).toBe(200);
    const seen = await waitUntil(
      () => early.current(),
      (state) => state.occupations.has('6-18-01-01'),
      { what: 'the early holder to see 车工' },
    );
    expect(searchOccupations(seen, { name: '数控', limit: 5 }).map((h) => h.occupation.code)).toEqual(['6-18-01-01']);

    const late = await followCatalogue({ kafka, topic, logger: silent });
    closers.push(late.stop);
    await late.caughtUp;
    expect([...late.current().groups.keys()]).toEqual(['6', '6-18', '6-18-01']);
    expect(late.current().occupations.get('6-18-01-01')?.workTypes).toEqual(['数控车工']);
  });
});
