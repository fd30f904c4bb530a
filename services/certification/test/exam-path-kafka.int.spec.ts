import { type EventEnvelope, EventEnvelopeSchema, type WorkerId } from '@tianfu/contracts';
import { OutboxRelay, soleLease } from '@tianfu/eventstore';
import { createKafkaPublisher, ensureTopics, type KafkaPublisher, kafkaClient, runConsumer } from '@tianfu/messaging';
import { createMetricsRegistry } from '@tianfu/service-kit';
import { uniqueName, useTestDatabase, waitUntil } from '@tianfu/testing';
import type { Consumer } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { certificateStreamId } from '../src/application/certificate-issuer.ts';
import { certificateIdFor } from '../src/domain/issuance.ts';
import { certificationApp } from './http-fixtures.ts';
import { candidatePassed, passedEvent } from './samples.ts';

const silent = { info: () => {}, warn: () => {}, error: () => {} };
const db = useTestDatabase('certification-kafka');
const brokers = () => inject('kafkaBrokers').split(',');
const assessmentTopic = uniqueName('assessment-events');
const certificationTopic = uniqueName('certification-events');
const delivered: EventEnvelope[] = [];
const published: { key: string; raw: string; event: EventEnvelope }[] = [];
let fixture: Awaited<ReturnType<typeof certificationApp>>;
let publisher: KafkaPublisher;
let relayPublisher: KafkaPublisher;
let relay: OutboxRelay;
let stopConsumer: () => Promise<void>;
let tap: Consumer;

beforeAll(async () => {
  const admin = kafkaClient(brokers(), 'certification-test-admin').admin();
  await admin.connect();
  await ensureTopics(admin, [assessmentTopic, certificationTopic]);
  await admin.disconnect();
  fixture = await certificationApp(db());
  publisher = createKafkaPublisher({ kafka: kafkaClient(brokers(), 'certification-test'), topic: assessmentTopic });
  relayPublisher = createKafkaPublisher({
    kafka: kafkaClient(brokers(), 'certification-relay'),
    topic: certificationTopic,
  });
  relay = new OutboxRelay({
    store: fixture.storage.store,
    publisher: relayPublisher,
    lease: soleLease,
    logger: silent,
  });
  relay.start();
  // No dedupe marker in front of the policy: the certificate id alone must keep a redelivery from issuing twice.
  const consumer = await runConsumer({
    kafka: kafkaClient(brokers(), 'certification-test-consumer'),
    groupId: uniqueName('exam-path'),
    topics: [assessmentTopic],
    handle: async (event) => {
      await fixture.policy(event);
      delivered.push(event);
    },
    retry: { maxRetries: 2, initialBackoffMs: 10, maxBackoffMs: 100 },
    logger: silent,
    registry: createMetricsRegistry(),
    maxWaitTimeMs: 100,
  });
  stopConsumer = () => consumer.stop();
  tap = kafkaClient(brokers(), 'certification-test-tap').consumer({ groupId: uniqueName('tap') });
  await tap.connect();
  await tap.subscribe({ topic: certificationTopic, fromBeginning: true });
  await tap.run({
    eachMessage: async ({ message }) => {
      const raw = message.value?.toString() ?? 'null';
      published.push({ key: message.key?.toString() ?? '', raw, event: EventEnvelopeSchema.parse(JSON.parse(raw)) });
    },
  });
}, 120_000);

afterAll(async () => {
  await stopConsumer?.();
  await tap?.disconnect();
  await relay?.stop();
  await Promise.all([publisher?.disconnect(), relayPublisher?.disconnect()]);
  await fixture?.app.close();
}, 60_000);

describe('exam path over the real broker (issue #4 "Must show")', () => {
  it('a CandidatePassed delivered twice issues one certificate, published once on the certification topic', async () => {
    const data = candidatePassed(7, 'Y000051007777');
    const [holderName] = await fixture.storage.names.sealNames([
      { workerId: data.workerId as WorkerId, name: '韩梅梅' },
    ]);
    const event = passedEvent({ ...data, holderName: holderName ?? null });
    await publisher.publish([event]);
    await publisher.publish([event]);
    await waitUntil(
      () => delivered.filter((e) => e.eventId === event.eventId).length,
      (n) => n === 2,
      { what: 'both deliveries handled' },
    );

    const certificateId = certificateIdFor(event.eventId);
    const stream = await fixture.storage.store.readStream(certificateStreamId(certificateId));
    expect(stream.events.map((e) => e.type)).toEqual(['certification.CertificateIssued']);
    expect(await fixture.storage.records.countDocuments({ certificateId })).toBe(1);

    const ofCertificate = () =>
      published.filter((p) => (p.event.data as { certificateId?: string }).certificateId === certificateId);
    await waitUntil(ofCertificate, (found) => found.length > 0, { what: 'CertificateIssued on the topic' });
    const mine = ofCertificate();
    expect(mine).toHaveLength(1);
    expect(mine[0]?.key).toBe(data.workerId);
    expect(mine[0]?.raw).not.toContain('韩梅梅');
    expect(mine[0]?.event).toMatchObject({ type: 'certification.CertificateIssued', causationId: event.eventId });
  }, 90_000);
});
