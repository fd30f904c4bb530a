import { createEventRegistry, trainingEvents } from '@tianfu/contracts';
import type { App } from '@tianfu/service-kit';
import { createTestTopic, recordTopic, relayToTopic, uniqueName, useTestDatabase, waitUntil } from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainingReadModels } from '../src/application/training-read-models.ts';
import { classBody, office, providerBody, trainingApp } from './http-fixtures.ts';

const db = useTestDatabase('training-kafka');
let fixture: Awaited<ReturnType<typeof trainingApp>>;
let app: App;
let relay: ReturnType<typeof relayToTopic>;
let recorded: Awaited<ReturnType<typeof recordTopic>>;

beforeAll(async () => {
  const topic = await createTestTopic('training-events');
  fixture = await trainingApp(db());
  app = fixture.app;
  relay = relayToTopic(fixture.storage.store, topic);
  recorded = await recordTopic(topic);
}, 120_000);

afterAll(async () => {
  await recorded?.stop();
  await relay?.stop();
  await app?.close();
}, 60_000);

const post = async (url: string, payload: object) =>
  app.inject({ method: 'POST', url, payload, headers: await office() });
const silent = { warn: () => undefined };

describe('training events on Kafka (docs/architecture.md "The flow")', () => {
  it('register → grade → file a class → suspend: each event on the topic by its stream, parsed by the contract', async () => {
    const providerId = uniqueName('p');
    const classId = uniqueName('c');
    expect((await post('/v1/providers', providerBody(providerId))).statusCode).toBe(201);
    const grading = { grade: 'B', gradedOn: '2025-01-10', assessor: '成都市人社局', validUntil: '2099-12-31' };
    expect((await post(`/v1/providers/${providerId}/grades`, grading)).statusCode).toBe(200);
    expect((await post(`/v1/providers/${providerId}/classes`, classBody(classId))).statusCode).toBe(201);
    expect((await post(`/v1/providers/${providerId}/suspend`, { reason: '学员考勤造假' })).statusCode).toBe(200);
    // Refused: published nothing.
    expect((await post(`/v1/providers/${providerId}/classes`, classBody(uniqueName('c')))).statusCode).toBe(409);

    const mine = () =>
      recorded.messages.filter((m) => m.key === `provider-${providerId}` || m.key === `class-${classId}`);
    await waitUntil(mine, (found) => found.length >= 4, { timeoutMs: 60_000, what: 'four training events on Kafka' });
    // Keyed by stream, so one stream's events keep their order; the two streams may interleave.
    const typesOf = (key: string) =>
      mine()
        .filter((m) => m.key === key)
        .map((m) => m.event.type);
    expect(typesOf(`provider-${providerId}`)).toEqual([
      'training.ProviderRegistered',
      'training.ProviderGraded',
      'training.ProviderSuspended',
    ]);
    expect(typesOf(`class-${classId}`)).toEqual(['training.ClassFiled']);
    const registry = createEventRegistry([...trainingEvents]);
    for (const m of mine()) expect(() => registry.parse(JSON.parse(m.raw))).not.toThrow();
  });

  it('a redelivered event writes the read models once, and an older one never undoes a newer state', async () => {
    const providerId = uniqueName('p');
    expect((await post('/v1/providers', providerBody(providerId))).statusCode).toBe(201);
    expect((await post(`/v1/providers/${providerId}/suspend`, { reason: '停业整顿' })).statusCode).toBe(200);
    const events = await waitUntil(
      () => recorded.messages.filter((m) => m.key === `provider-${providerId}`).map((m) => m.event),
      (found) => found.length === 2,
      { timeoutMs: 60_000, what: 'both provider events on Kafka' },
    );
    const documents = db().collection<{ _id: string }>('provider_directory');
    await documents.deleteOne({ _id: providerId });
    // Another instance's read-model consumer, handed the registration twice, then the suspension twice.
    const { store, directory, classes, apprenticeships } = fixture.storage;
    const consumer = trainingReadModels(store, directory, classes, apprenticeships, silent);
    for (const event of [events[0], events[0], events[1], events[1], events[0]]) {
      if (event !== undefined) await consumer.repair([event]);
    }
    expect(await documents.countDocuments({ _id: providerId })).toBe(1);
    expect(await documents.findOne({ _id: providerId })).toMatchObject({ status: 'suspended', revision: 2 });
  });
});
