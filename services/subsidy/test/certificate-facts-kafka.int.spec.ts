import {
  createKafkaPublisher,
  createProcessedEvents,
  type KafkaPublisher,
  type RunningConsumer,
  runPolicyConsumer,
} from '@tianfu/messaging';
import { certificateFactsPolicy } from '@tianfu/platform-certificates';
import { createTestTopic, testKafka, uniqueName, waitUntil } from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificateEvents } from './certificate-events.ts';
import { office, useSubsidyApp } from './http-fixtures.ts';

const { db, started } = useSubsidyApp('subsidy-certificates');
let publisher: KafkaPublisher;
let consumer: RunningConsumer;

beforeAll(async () => {
  const topic = await createTestTopic('certification-events');
  const kafka = testKafka('subsidy-test-certificates');
  publisher = createKafkaPublisher({ kafka, topic, timeoutMs: 5_000 });
  const { app, storage } = started();
  consumer = await runPolicyConsumer({
    kafka,
    topics: [topic],
    groupId: uniqueName('subsidy-certificate-facts'),
    handle: certificateFactsPolicy(storage.certificates),
    processed: createProcessedEvents(db(), 'certificate-facts'),
    logger: app.log,
    registry: app.metrics,
  });
}, 60_000);

afterAll(async () => {
  await consumer?.stop();
  await publisher?.disconnect();
});

const workerId = 'd'.repeat(64);
const certificateNo = 'S000051000164193000042';
const { event, issued, change } = certificateEvents({ workerId, certificateNo });

const read = async () => {
  const { app } = started();
  return app.inject({ method: 'GET', url: `/v1/certificates/${certificateNo}`, headers: await office() });
};
const standing = (status: string, reissues = 0) =>
  waitUntil(read, (r) => r.statusCode === 200 && r.json().status === status && r.json().reissues.length === reissues, {
    timeoutMs: 60_000,
    what: `certificate ${status} with ${reissues} reissue(s)`,
  });

describe('the certificates a claim is judged on follow the certification topic (docs/domain.md §7.9)', () => {
  it('issued → suspended → reinstated → reissued → revoked, each as certification published it', async () => {
    expect((await read()).statusCode).toBe(404);
    const issuance = event('certification.CertificateIssued', issued);
    await publisher.publish([issuance]);
    const valid = await standing('valid');
    expect(valid.json()).toMatchObject({
      certificateNo,
      workerId,
      occupationCode: '6-31-01-03',
      occupationName: '电工',
      level: 'level4',
      issuedOn: '2024-05-10',
      statusSince: '2024-05-10',
    });

    await publisher.publish([event('certification.CertificateSuspended', change('2024-08-01T00:00:00.000Z'))]);
    expect((await standing('suspended')).json().statusSince).toBe('2024-08-01T00:00:00.000Z');
    await publisher.publish([event('certification.CertificateReinstated', change('2024-09-01T00:00:00.000Z'))]);
    await standing('valid');
    const reprint = { ...change('2024-10-01T00:00:00.000Z'), printSerial: `${certificateNo}-2` };
    await publisher.publish([event('certification.CertificateReissued', reprint)]);
    await standing('valid', 1);
    await publisher.publish([
      event('certification.CertificateRevoked', { ...change('2025-01-10T08:00:00.000Z'), reason: 'fraud' }),
    ]);
    const revoked = await standing('revoked', 1);
    expect(revoked.json().statusSince).toBe('2025-01-10T08:00:00.000Z');

    // Redelivered (a relay's crash between publish and mark): the same event id is nothing new.
    await publisher.publish([issuance]);
    const { storage } = started();
    await storage.certificates.record(issuance);
    const facts = await storage.certificates.of([workerId]);
    expect(facts).toHaveLength(5);
    const list = await started().app.inject({
      method: 'GET',
      url: `/v1/workers/${workerId}/certificates`,
      headers: await office(),
    });
    expect(list.json().items).toEqual([revoked.json()]);
  });
});
