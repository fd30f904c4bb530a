import { randomUUID } from 'node:crypto';
import type { CertificateIssuedData, CertificateRevokedData } from '@tianfu/contracts';
import { bodyFactsPolicy } from '@tianfu/platform-bodies';
import { certificateFactsPolicy } from '@tianfu/platform-certificates';
import type { App } from '@tianfu/service-kit';
import { personalDataConfigSchema, signToken } from '@tianfu/service-kit';
import { bodyRegisteredEnvelope, residentIdNumber, useTestDatabase } from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { talentStorage } from '../src/storage.ts';

const SECRET = 'talent-test-secret-at-least-32-characters!';
const db = useTestDatabase('talent-certificates');
const run = Date.now().toString(36);
const welder = '6-18-02-04';
const certificateNo = 'S000051001064251000001';
const document = { idType: 'resident-id-card' as const, idNumber: residentIdNumber(900, '510700') };
const employer = { bodyId: `heavy-${run}`, filingNo: 'Y000051001064', bodyName: '四川某重工有限公司' };
let app: App;
let storage: Awaited<ReturnType<typeof talentStorage>>;

beforeAll(async () => {
  const clock = () => new Date();
  storage = await talentStorage(db(), db(), personalDataConfigSchema.parse({}), clock);
  ({ app } = await buildApp({ ...storage, authSecret: SECRET, clock, version: 'test', logLevel: 'silent' }));
  await app.ready();
  const { bodyId, filingNo, bodyName: name } = employer;
  await bodyFactsPolicy(storage.bodies)(bodyRegisteredEnvelope({ bodyId, filingNo, name }), delivery(bodyId));
}, 60_000);

afterAll(async () => {
  await app?.close();
});

/** As the certification service puts them on its topic: one stream per certificate. */
function envelope<T extends string, D extends { workerId: string; certificateId: string }>(
  type: T,
  data: D,
  revision: number,
) {
  const at = new Date().toISOString();
  const { workerId, certificateId } = data;
  const stream = { streamId: `certificate-${certificateId}`, revision, occurredAt: at, recordedAt: at };
  const cause = { actor: { kind: 'user' as const, id: 'certificate-office-1' }, correlationId: randomUUID() };
  return { eventId: randomUUID(), type, schemaVersion: 1, ...stream, ...cause, causationId: null, workerId, data };
}

/** Where on the certification topic the message was read; the policy does not look at it. */
const delivery = (key: string) => ({ topic: 'certification', partition: 0, offset: '0', key });

/** 一级 (高级技师) 焊工, issued on the exam path. */
const level1Welder = (certificateId: string, workerId: string): CertificateIssuedData => ({
  certificateId,
  certificateNo,
  workerId,
  bodyId: 'body-1',
  filingNo: 'Y000051001064',
  bodyName: '四川某职业技能等级认定机构',
  occupationCode: welder,
  workType: '--',
  level: 'level1',
  issuedOn: '2024-06-01',
  printSerial: 'P2024000001',
  holderName: null,
  statusEntry: { listId: 'l1', index: 7 },
  basis: { path: 'exam', sourceEventId: randomUUID(), reference: 'exam session 2024-05' },
  issuedAt: new Date().toISOString(),
});

const appoint = async (appointmentId: string) =>
  app.inject({
    method: 'POST',
    url: '/v1/appointments',
    headers: {
      authorization: `Bearer ${await signToken({ secret: SECRET, principal: { sub: 'hr', role: 'employer', bodyId: employer.bodyId } })}`,
    },
    payload: {
      appointmentId,
      document,
      name: '赵焊工',
      post: 'principal-technician',
      employer,
      occupationCode: welder,
      termStart: '2025-01-01',
      termEnd: '2027-12-31',
    },
  });

describe('appointments count the certificates the platform knows', () => {
  it('a 一级 焊工 certificate meets 特级技师 without declared evidence; once revoked, it does not', async () => {
    const policy = certificateFactsPolicy(storage.certificates);
    const { workerId } = storage.personalData.identify(document);
    const certificateId = randomUUID();
    await policy(
      envelope('certification.CertificateIssued', level1Welder(certificateId, workerId), 1),
      delivery(workerId),
    );

    const made = await appoint(`${run}-1`);
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({ eligibility: { basis: 'rule', ruleId: 'principal-needs-level1' } });
    const { events } = await storage.store.readStream(`appointment-${run}-1`);
    expect(events[0]?.data).toMatchObject({
      workerId,
      eligibility: { summary: expect.stringContaining(`level1 ${welder}, platform certificate ${certificateNo}`) },
    });

    const revoked: CertificateRevokedData = {
      certificateId,
      workerId,
      at: new Date().toISOString(),
      reason: 'fraud',
      note: '弄虚作假',
    };
    await policy(envelope('certification.CertificateRevoked', revoked, 2), delivery(workerId));
    const refused = await appoint(`${run}-2`);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'APPOINTMENT_PREREQUISITE_UNMET', ruleId: 'principal-needs-level1' });
  });
});
