import { randomUUID } from 'node:crypto';
import type { App } from '@tianfu/service-kit';
import { residentIdNumber, useTestDatabase } from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificateIdFor } from '../src/domain/issuance.ts';
import { certificationApp, employer, office } from './http-fixtures.ts';
import { candidatePassed, passedEvent } from './samples.ts';

const db = useTestDatabase('certification-issuance');
let app: App;
let fixture: Awaited<ReturnType<typeof certificationApp>>;
const run = Date.now().toString(36);

beforeAll(async () => {
  fixture = await certificationApp(db());
  app = fixture.app;
  await app.ready();
}, 60_000);

afterAll(async () => {
  await app?.close();
});

const post = async (url: string, payload: object, headers?: Record<string, string>) =>
  app.inject({ method: 'POST', url, payload, headers: headers ?? (await office()) });
const verify = async (certificateNo: string, name: string) =>
  (await post('/v1/verify', { certificateNo, name }, {})).json();

describe('direct recognition by the certificate office', () => {
  const recognition = (recognitionId: string, decision = 'approved') => ({
    recognitionId,
    document: { idType: 'resident-id-card', idNumber: residentIdNumber(1, '510100') },
    name: '欧阳建国',
    body: { bodyId: 'b-heavy', filingNo: fixture.filingNo, bodyName: '四川某重工有限公司' },
    occupationCode: '6-18-02-04',
    level: 'level2',
    evidence: {
      yearsInOccupation: 9,
      employer: { name: '四川某重工有限公司' },
      panel: { decision, decidedOn: '2025-09-10', documentNo: `川渝评〔2025〕${recognitionId}号` },
    },
  });

  it('issues a numbered certificate that verifies with the name; the same case again is the same certificate', async () => {
    const first = await post('/v1/certificates/direct-recognitions', recognition(`${run}-1`));
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ basis: 'direct-recognition', level: 'level2', issuedOn: '2025-09-10' });
    const { certificateNo } = first.json();
    expect(certificateNo).toMatch(new RegExp(`^${fixture.filingNo}252\\d{6}$`));
    expect(await verify(certificateNo, '欧阳建国')).toMatchObject({
      result: 'valid',
      certificate: { maskedName: '欧*' },
    });
    const again = await post('/v1/certificates/direct-recognitions', recognition(`${run}-1`));
    expect(again.json().certificateNo).toBe(certificateNo);
  });

  it('a rejecting panel is 422; a bad ID number is 400 naming the field; only the office may recognise', async () => {
    const rejected = await post('/v1/certificates/direct-recognitions', recognition(`${run}-2`, 'rejected'));
    expect(rejected.statusCode).toBe(422);
    expect(rejected.json()).toMatchObject({ code: 'RECOGNITION_PANEL_NOT_APPROVED' });
    const badId = {
      ...recognition(`${run}-3`),
      document: { idType: 'resident-id-card', idNumber: '510100199001011234' },
    };
    const invalid = await post('/v1/certificates/direct-recognitions', badId);
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().errors.map((e: { field: string }) => e.field)).toContain('body.document.idNumber');
    expect(invalid.body).not.toContain('510100199001011234');
    const asEmployer = await post('/v1/certificates/direct-recognitions', recognition(`${run}-4`), await employer());
    expect(asEmployer.statusCode).toBe(403);
  });

  it('a panel decision dated after today is 422 naming the field, and no certificate is issued', async () => {
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const base = recognition(`${run}-5`);
    const future = { ...base, evidence: { ...base.evidence, panel: { ...base.evidence.panel, decidedOn: tomorrow } } };
    const answer = await post('/v1/certificates/direct-recognitions', future);
    expect(answer.statusCode).toBe(422);
    expect(answer.json()).toMatchObject({
      code: 'RECOGNITION_DATE_IMPLAUSIBLE',
      field: 'evidence.panel.decidedOn',
      rule: 'not_after_today',
    });
    const retried = await post('/v1/certificates/direct-recognitions', base);
    expect(retried.statusCode).toBe(201);
  });
});

describe('legacy 职业资格证书 import', () => {
  // 16 digits: year 09, 四川 51, city 01, body kind 2, body serial 003, level digit, a 5-digit serial.
  const serialBase = String(Math.floor(Math.random() * 1e4)).padStart(4, '0');
  const row = (i: number, level = 'level3') => ({
    certificateNo: `0951012003${level === 'level3' ? 3 : 2}${i}${serialBase}`,
    document: { idType: 'resident-id-card', idNumber: residentIdNumber(100 + i, '510100') },
    name: `老师傅${i}`,
    occupationCode: '6-31-01-03',
    level,
    issuedOn: '2009-12-01',
    issuerName: '四川省职业技能鉴定指导中心',
  });

  it('imports a batch once; a repeat reports already-imported; the numbers verify with the names', async () => {
    const items = [row(1), row(2)];
    const imported = await post('/v1/certificates/legacy', { items });
    expect(imported.statusCode).toBe(200);
    expect(imported.json().items.map((i: { outcome: string }) => i.outcome)).toEqual(['imported', 'imported']);
    const again = await post('/v1/certificates/legacy', { items });
    expect(again.json().items.map((i: { outcome: string }) => i.outcome)).toEqual([
      'already-imported',
      'already-imported',
    ]);
    expect(await verify(items[0]?.certificateNo ?? '', '老师傅1')).toMatchObject({
      result: 'valid',
      certificate: { level: 'level3', issuedOn: '2009-12-01' },
    });
  });

  it('any bad row rejects the whole batch with 422 naming each row, column and rule; nothing is imported', async () => {
    const good = row(3);
    const wrongLevel = { ...row(4), level: 'level1' };
    const answer = await post('/v1/certificates/legacy', { items: [good, wrongLevel] });
    expect(answer.statusCode).toBe(422);
    expect(answer.json()).toMatchObject({
      code: 'LEGACY_ROWS_REJECTED',
      rows: [{ row: 2, column: 'level', rule: 'level_mismatch' }],
    });
    expect(await fixture.storage.records.countDocuments({ _id: good.certificateNo })).toBe(0);
  });
});

describe('competition promotion from the competition topic (docs/domain.md §4.1)', () => {
  it('a PromotionAwarded issues at its level in the named body, once however often it is delivered', async () => {
    const workerId = 'e'.repeat(64);
    const [holderName] = await fixture.storage.names.sealNames([{ workerId: workerId as never, name: '杨二十' }]);
    const event = {
      ...passedEvent(candidatePassed(1)),
      eventId: randomUUID(),
      type: 'competition.PromotionAwarded',
      schemaVersion: 1,
      streamId: 'competition-c-2025-1',
      workerId,
      data: {
        competitionId: 'c-2025-1',
        competitionName: '2025年四川技能大赛',
        tier: 'provincial-class-1',
        year: 2025,
        contestEventId: 'electrician',
        entrantId: 'e-1',
        workerId,
        holderName,
        track: 'employee',
        rank: 1,
        medal: 'gold',
        occupationCode: '6-31-01-03',
        workType: '--',
        fromLevel: 'level2',
        level: 'level1',
        ruleId: 'sc-class-1-employee-top-3',
        issuingBody: { bodyId: 'b-assoc', filingNo: fixture.filingNo, bodyName: '四川省电工协会' },
        confirmedAt: '2025-11-02T08:00:00.000Z',
      },
    };
    await fixture.policy(event as never);
    await fixture.policy(event as never);
    const certificateId = certificateIdFor(event.eventId);
    const record = await fixture.storage.records.findOne({ certificateId });
    expect(record).toMatchObject({
      level: 'level1',
      basisPath: 'competition',
      bodyName: '四川省电工协会',
      issuedOn: '2025-11-02',
    });
    expect(record?._id).toMatch(new RegExp(`^${fixture.filingNo}251\\d{6}$`));
    expect(await fixture.storage.records.countDocuments({ certificateId })).toBe(1);
    expect(await verify(record?._id ?? '', '杨二十')).toMatchObject({ result: 'valid' });
  });
});

describe('特级技师 appointment from the talent topic (talent → certification)', () => {
  const appointed = (post: string) => ({
    ...passedEvent(candidatePassed(1)),
    eventId: randomUUID(),
    type: 'talent.AppointmentMade',
    schemaVersion: 1,
    streamId: 'appointment-a-1',
    workerId: 'a1'.repeat(32),
    data: {
      appointmentId: `a-${post}`,
      workerId: 'a1'.repeat(32),
      holderName: null,
      post,
      employer: { bodyId: 'heavy', filingNo: fixture.filingNo, bodyName: '四川某重工有限公司' },
      occupationCode: '6-18-02-04',
      workType: '--',
      termStart: '2025-03-01',
      termEnd: null,
      eligibility: { basis: 'rule', ruleId: 'principal-needs-level1', summary: '…' },
      appointedAt: '2025-03-01T00:00:00.000Z',
    },
  });

  it('a 特级技师 appointment issues a certificate in the 特级技师 number form; a 首席技师 one issues none', async () => {
    const principal = appointed('principal-technician');
    await fixture.policy(principal as never);
    const record = await fixture.storage.records.findOne({ certificateId: certificateIdFor(principal.eventId) });
    expect(record).toMatchObject({ level: 'principal-technician', basisPath: 'appointment', issuedOn: '2025-03-01' });
    expect(record?._id).toMatch(new RegExp(`^T${fixture.filingNo}250\\d{5}$`));
    const chief = appointed('chief-technician');
    await fixture.policy(chief as never);
    expect(await fixture.storage.records.countDocuments({ certificateId: certificateIdFor(chief.eventId) })).toBe(0);
  });

  it("a certificate from an appointment the talent office made by override says so on the certificate's record", async () => {
    const made = appointed('principal-technician');
    const eligibility = {
      basis: 'override',
      reason: '省级技能大师，经专家评议',
      summary: 'unmet: 特级技师: 高级技师（一级）',
    };
    const overridden = { ...made, data: { ...made.data, appointmentId: 'a-override', eligibility } };
    await fixture.policy(overridden as never);
    const record = await fixture.storage.records.findOne({ certificateId: certificateIdFor(overridden.eventId) });
    const shown = await app.inject({ method: 'GET', url: `/v1/certificates/${record?._id}`, headers: await office() });
    expect(shown.json()).toMatchObject({ basis: 'appointment' });
    expect(shown.json().basisReference).toContain('issued by override of the prerequisite');
    expect(shown.json().basisReference).toContain('省级技能大师，经专家评议');
  });
});

describe('a pass corrected into a failure (assessment corrections reach certificates)', () => {
  it('revokes the certificate the pass issued, with reason outcome-superseded; a redelivery changes nothing', async () => {
    const no = await fixture.issueTo('蒋十五');
    const record = await fixture.storage.records.findOne({ _id: no });
    const passed = candidatePassed(Number.parseInt(record?.workerId ?? '0', 16), fixture.filingNo);
    const failed = {
      ...passedEvent({ ...passed, holderName: null }),
      type: 'assessment.CandidateFailed' as const,
      data: { ...passed, holderName: null, supersedes: true, failedParts: ['practical'], missingParts: [] },
    };
    expect(certificateIdFor(failed.eventId)).not.toBe(record?.certificateId);
    await fixture.policy(failed as never);
    await fixture.policy(failed as never);
    expect(await verify(no, '蒋十五')).toMatchObject({ result: 'revoked' });
    expect(await fixture.storage.records.findOne({ _id: no })).toMatchObject({
      status: 'revoked',
      revocation: { reason: 'outcome-superseded' },
    });
  });
});
