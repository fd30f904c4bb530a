import { type EventEnvelope, EventEnvelopeSchema } from '@tianfu/contracts';
import { OutboxRelay, soleLease } from '@tianfu/eventstore';
import { createKafkaPublisher, ensureTopics, type KafkaPublisher, kafkaClient } from '@tianfu/messaging';
import type { App } from '@tianfu/service-kit';
import { uniqueName, useTestDatabase, waitUntil } from '@tianfu/testing';
import type { Consumer } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bodyStreamId } from '../src/application/body-commands.ts';
import { bearer, testApp, validBody } from './fixtures.ts';

const silent = { info: () => {}, warn: () => {} };
const db = useTestDatabase('assessment-kafka');
const topic = uniqueName('assessment-events');
const brokers = () => inject('kafkaBrokers').split(',');
const received: { key: string; event: EventEnvelope }[] = [];
let app: App;
let relay: OutboxRelay;
let publisher: KafkaPublisher;
let consumer: Consumer;

beforeAll(async () => {
  const admin = kafkaClient(brokers(), 'assessment-test-admin').admin();
  await admin.connect();
  await ensureTopics(admin, [topic]);
  await admin.disconnect();

  const built = await testApp(db());
  const { store } = built;
  publisher = createKafkaPublisher({ kafka: kafkaClient(brokers(), 'assessment-test'), topic, timeoutMs: 5_000 });
  relay = new OutboxRelay({ store, publisher, lease: soleLease, logger: silent });
  relay.start();
  app = built.app;

  consumer = kafkaClient(brokers(), 'assessment-test-consumer').consumer({ groupId: uniqueName('assessment') });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const event = EventEnvelopeSchema.parse(JSON.parse(message.value?.toString() ?? 'null'));
      received.push({ key: message.key?.toString() ?? '', event });
    },
  });
});

afterAll(async () => {
  await consumer?.disconnect();
  await relay?.stop();
  await publisher?.disconnect();
  await app?.close();
});

describe('BodyRegistered on Kafka (ARCHITECTURE.md "The flow": store → outbox relay → topic)', () => {
  it('publishes the registration keyed by the body stream id', async () => {
    const bodyId = uniqueName('body');
    const response = await app.inject({
      method: 'POST',
      url: '/v1/bodies',
      headers: await bearer({ sub: 'authority-1', role: 'admin' }),
      payload: { bodyId, ...validBody },
    });
    expect(response.statusCode).toBe(201);

    const [message] = await waitUntil(
      () => received.filter((m) => m.event.type === 'assessment.BodyRegistered'),
      (found) => found.length > 0,
      { timeoutMs: 60_000, what: 'BodyRegistered on Kafka' },
    );
    expect(message?.key).toBe(bodyStreamId(bodyId));
    expect(message?.event).toMatchObject({ streamId: bodyStreamId(bodyId), data: { bodyId, ...validBody, kind: 'Y' } });
  });
});
