import { randomUUID } from 'node:crypto';
import type { CertificateIssuedData, CertificateRevokedData } from '@tianfu/contracts';
import {
  createKafkaPublisher,
  createProcessedEvents,
  ensureTopics,
  type KafkaPublisher,
  kafkaClient,
  type RunningConsumer,
  runPolicyConsumer,
} from '@tianfu/messaging';
import { type CertificateEvent, certificateFactsPolicy } from '@tianfu/platform-certificates';
import type { App } from '@tianfu/service-kit';
import { residentIdNumber, uniqueName, useTestDatabase, waitUntil } from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { KnownLevels } from '../src/application/known-levels.ts';
import { sessionStreamId } from '../src/application/session-access.ts';
import { testApp } from './fixtures.ts';
import { electrician, enrolment, setUpSession, suiteAddress } from './session-setup.ts';

const db = useTestDatabase('assessment-certificates');
const topic = uniqueName('certification-events');
const brokers = () => inject('kafkaBrokers').split(',');
const address = suiteAddress();
const legacyNo = '1951011001400001'; // old 职业资格证书, 16 digits, level digit 4 (docs/domain.md §3.2)
let built: Awaited<ReturnType<typeof testApp>>;
let app: App;
let known: KnownLevels;
let publisher: KafkaPublisher;
let consumer: RunningConsumer;

beforeAll(async () => {
  const admin = kafkaClient(brokers(), 'assessment-test-admin').admin();
  await admin.connect();
  await ensureTopics(admin, [topic]);
  await admin.disconnect();
  built = await testApp(db());
  ({ app, known } = built);
  const kafka = kafkaClient(brokers(), 'assessment-test-certificates');
  publisher = createKafkaPublisher({ kafka, topic, timeoutMs: 5_000 });
  consumer = await runPolicyConsumer({
    kafka,
    topics: [topic],
    groupId: uniqueName('assessment-certificate-facts'),
    handle: certificateFactsPolicy(built.certificates),
    processed: createProcessedEvents(db(), 'certificate-facts'),
    logger: app.log,
    registry: app.metrics,
  });
});

afterAll(async () => {
  await consumer?.stop();
  await publisher?.disconnect();
  await app?.close();
});

/** As the certification service puts them on its topic: keyed by the worker, one stream per certificate. */
function envelope({ certificateId, workerId }: { certificateId: string; workerId: string }, revision: number) {
  const at = new Date().toISOString();
  return {
    eventId: randomUUID(),
    schemaVersion: 1,
    streamId: `certificate-${certificateId}`,
    revision,
    occurredAt: at,
    recordedAt: at,
    actor: { kind: 'user' as const, id: 'certificate-office-1' },
    correlationId: randomUUID(),
    causationId: null,
    workerId,
  };
}
const issuedEvent = (data: CertificateIssuedData): CertificateEvent => ({
  ...envelope(data, 1),
  type: 'certification.CertificateIssued',
  data,
});
const revokedEvent = (data: CertificateRevokedData): CertificateEvent => ({
  ...envelope(data, 2),
  type: 'certification.CertificateRevoked',
  data,
});

/** An old 职业资格证书 for 四级 电工 of 2019, imported as legacy (docs/domain.md §1 "count for the ladder"). */
const legacyIssued = (certificateId: string, workerId: string): CertificateIssuedData => ({
  certificateId,
  certificateNo: legacyNo,
  workerId,
  bodyId: 'legacy-import',
  filingNo: null,
  bodyName: '四川省职业技能鉴定指导中心',
  occupationCode: electrician,
  workType: '--',
  level: 'level4',
  issuedOn: '2019-05-01',
  printSerial: 'P2019000001',
  holderName: null,
  statusEntry: { listId: 'l1', index: 42 },
  basis: { path: 'legacy', sourceEventId: null, reference: `职业资格证书 ${legacyNo}` },
  issuedAt: new Date().toISOString(),
});

const heldBy = (workerId: string, what: string, count: number) =>
  waitUntil(
    () => known.of([workerId]),
    (levels) => (levels.get(workerId) ?? []).length === count,
    { timeoutMs: 60_000, what },
  );

const enrol = (sessionId: string, token: Record<string, string>, payload: object) =>
  app.inject({ method: 'POST', url: `/v1/sessions/${sessionId}/candidates`, payload, headers: token });

describe('eligibility counts the certificates the platform knows (docs/domain.md §2.3 "certificate or old 职业资格")', () => {
  it('a legacy 四级 on the certification topic admits to 三级 by "四级 + 5 yrs"; once revoked, it does not', async () => {
    const idNumber = residentIdNumber(1, address);
    const { workerId } = built.personalData.identify({ idType: 'resident-id-card', idNumber });
    const certificateId = randomUUID();
    await publisher.publish([issuedEvent(legacyIssued(certificateId, workerId))]);
    await heldBy(workerId, 'the certificate as a fact', 1);

    // Nothing declared but the years: the 四级 comes from the platform.
    const undeclared = { ...enrolment(idNumber), background: { yearsInOccupation: 6 } };
    const first = await setUpSession(app, address);
    const admitted = await enrol(first.sessionId, first.token, undeclared);
    expect(admitted.statusCode, admitted.body).toBe(201);
    const { events } = await built.store.readStream(sessionStreamId(first.sessionId));
    const enrolled = events.find((e) => e.type === 'assessment.CandidateEnrolled');
    expect(enrolled?.data).toMatchObject({
      workerId,
      eligibility: {
        basis: 'rule',
        ruleId: 'A-level3-1',
        summary: `四级 + 5 yrs; level4 ${electrician} since 2019-05-01, platform-certificate ${legacyNo}`,
      },
    });

    const at = new Date().toISOString();
    await publisher.publish([revokedEvent({ certificateId, workerId, at, reason: 'fraud', note: '弄虚作假' })]);
    await heldBy(workerId, 'the revocation as a fact', 0);

    const second = await setUpSession(app, address);
    const refused = await enrol(second.sessionId, second.token, undeclared);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'CANDIDATE_NOT_ELIGIBLE', eligibility: { eligible: false } });
    const rule = refused.json().eligibility.rules.find((r: { ruleId: string }) => r.ruleId === 'A-level3-1');
    expect(rule).toMatchObject({
      passed: false,
      unmet: ['needs level4 or higher in occupation group 6-31-01 (none held)'],
      heldLevels: [],
    });
  });

  it('a redelivered certificate event is a duplicate key and nothing else', async () => {
    const workerId = 'c'.repeat(64);
    const event = issuedEvent(legacyIssued(randomUUID(), workerId));
    await built.certificates.record(event);
    await built.certificates.record(event);
    expect(await built.certificates.of([workerId])).toHaveLength(1);
  });
});
