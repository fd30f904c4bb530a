import type { WorkerId } from '@tianfu/contracts';
import type { App } from '@tianfu/service-kit';
import { personalDataConfigSchema, signToken } from '@tianfu/service-kit';
import {
  createTestTopic,
  type RecordedMessage,
  recordTopic,
  relayToTopic,
  residentIdNumber,
  useTestDatabase,
  waitUntil,
} from '@tianfu/testing';
import type { Db } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { careerPolicy } from '../../career/src/application/career-policy.ts';
import { careerStorage } from '../../career/src/storage.ts';
import { buildApp } from '../src/app.ts';
import { talentStorage } from '../src/storage.ts';

const SECRET = 'talent-test-secret-at-least-32-characters!';
const talentDb = useTestDatabase('talent-studio-erasure');
const careerDb = useTestDatabase('career-studio-erasure');
const run = Date.now().toString(36);
const master = {
  document: { idType: 'resident-id-card' as const, idNumber: residentIdNumber(950, '510700') },
  name: '赵焊工',
};
const studioName = '赵焊工技能大师工作室';
let app: App;
let storage: Awaited<ReturnType<typeof talentStorage>>;
let relay: ReturnType<typeof relayToTopic>;
let recorder: Awaited<ReturnType<typeof recordTopic>>;

beforeAll(async () => {
  const clock = () => new Date();
  storage = await talentStorage(talentDb(), talentDb(), personalDataConfigSchema.parse({}), clock);
  ({ app } = await buildApp({ ...storage, authSecret: SECRET, clock, version: 'test', logLevel: 'silent' }));
  const topic = await createTestTopic('talent-events');
  relay = relayToTopic(storage.store, topic);
  recorder = await recordTopic(topic);
}, 120_000);

afterAll(async () => {
  await recorder?.stop();
  await relay?.stop();
  await app?.close();
}, 60_000);

/** Every document of every collection, as text to search. */
async function everything(db: Db): Promise<string> {
  const collections = await db.listCollections().toArray();
  const docs = await Promise.all(collections.map((c) => db.collection(c.name).find().toArray()));
  return JSON.stringify(docs);
}

describe('a master studio named after its master is erased with the master (crypto-shredding)', () => {
  it('its name travels only sealed under the master’s key: after erasure no store, topic or read model holds it', async () => {
    const token = await signToken({ secret: SECRET, principal: { sub: 'clerk', role: 'talent-office' } });
    const base = {
      baseId: `studio-${run}`,
      kind: 'master-studio',
      name: studioName,
      level: 'provincial',
      regionCode: '510700',
      industry: '装备制造',
      establishedOn: '2024-05-01',
      master,
    };
    const registered = await app.inject({
      method: 'POST',
      url: '/v1/bases',
      payload: base,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(registered.statusCode, registered.body).toBe(201);
    const found = await waitUntil(
      async () => recorder.messages.find((m) => m.event.type === 'talent.BaseRegistered'),
      (m) => m !== undefined,
      { what: 'BaseRegistered on the topic', timeoutMs: 30_000 },
    );
    const published = found as RecordedMessage;
    const career = await careerStorage(careerDb(), talentDb(), personalDataConfigSchema.parse({}), () => new Date());
    await careerPolicy(career.readSide(), career.groupCounts)(published.event);

    const workerId = storage.personalData.identify(master.document).workerId as WorkerId;
    const { sealedName } = published.event.data as { sealedName: never };
    expect(await storage.personalData.openNames([{ workerId, sealed: sealedName }])).toEqual([studioName]);

    await storage.personalData.erase(workerId);
    expect(await storage.personalData.openNames([{ workerId, sealed: sealedName }])).toEqual([null]);
    const traces = [
      await everything(talentDb()),
      await everything(careerDb()),
      recorder.messages.map((m) => m.raw).join('\n'),
    ];
    for (const trace of traces) {
      expect(trace).not.toContain(studioName);
      expect(trace).not.toContain(master.name);
    }
    expect(published.event.data).toMatchObject({ name: null, kind: 'master-studio' });
  });
});
