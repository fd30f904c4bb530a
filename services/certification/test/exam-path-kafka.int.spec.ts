import type { EventEnvelope, WorkerId } from '@tianfu/contracts';
import { createKafkaPublisher, type KafkaPublisher, runConsumer } from '@tianfu/messaging';
import { createMetricsRegistry } from '@tianfu/service-kit';
import {
  createTestTopic,
  recordTopic,
  relayToTopic,
  testKafka,
  uniqueName,
  useTestDatabase,
  waitUntil,
} from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificateStreamId } from '../src/application/certificate-issuer.ts';
import { certificateIdFor } from '../src/domain/issuance.ts';
import { certificationApp } from './http-fixtures.ts';
import { candidatePassed, passedEvent } from './samples.ts';

const db = useTestDatabase('certification-kafka');
const delivered: EventEnvelope[] = [];
let fixture: Awaited<ReturnType<typeof certificationApp>>;
let publisher: KafkaPublisher;
let relay: ReturnType<typeof relayToTopic>;
let recorded: Awaited<ReturnType<typeof recordTopic>>;
let stopConsumer: () => Promise<void>;

beforeAll(async () => {
  const [assessmentTopic, certificationTopic] = await Promise.all([
    createTestTopic('assessment-events'),
    createTestTopic('certification-events'),
  ]);
  fixture = await certificationApp(db());
  publisher = createKafkaPublisher({ kafka: testKafka('certification-test'), topic: assessmentTopic });
  relay = relayToTopic(fixture.storage.store, certificationTopic);
  // No dedupe marker in front of the policy: the certificate id alone must keep a redelivery from issuing twice.
  const consumer = await runConsumer({
    kafka: testKafka('certification-test-consumer'),
    groupId: uniqueName('exam-path'),
    topics: [assessmentTopic],
    handle: async (event) => {
      await fixture.policy(event);
      delivered.push(event);
    },
    retry: { maxRetries: 2, initialBackoffMs: 10, maxBackoffMs: 100 },
    logger: { info: () => {}, warn: () => {}, error: () => {} },
    registry: createMetricsRegistry(),
    maxWaitTimeMs: 100,
  });
  stopConsumer = () => consumer.stop();
  recorded = await recordTopic(certificationTopic);
}, 120_000);

afterAll(async () => {
  await stopConsumer?.();
  await recorded?.stop();
  await relay?.stop();
  await publisher?.disconnect();
  await fixture?.app.close();
}, 60_000);

describe('exam path over the real broker', () => {
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
      recorded.messages.filter((p) => (p.event.data as { certificateId?: string }).certificateId === certificateId);
    await waitUntil(ofCertificate, (found) => found.length > 0, { what: 'CertificateIssued on the topic' });
    const mine = ofCertificate();
    expect(mine).toHaveLength(1);
    expect(mine[0]?.key).toBe(data.workerId);
    expect(mine[0]?.raw).not.toContain('韩梅梅');
    expect(mine[0]?.event).toMatchObject({ type: 'certification.CertificateIssued', causationId: event.eventId });
  }, 90_000);
});
