import { randomUUID } from 'node:crypto';
import { type AppointmentMadeData, chinaDate, type EventEnvelope, type WorkerId } from '@tianfu/contracts';
import type { App } from '@tianfu/service-kit';
import { useTestDatabase } from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificateIdFor } from '../src/domain/issuance.ts';
import { certificationApp } from './http-fixtures.ts';

const db = useTestDatabase('certification-validity');
let app: App;
let fixture: Awaited<ReturnType<typeof certificationApp>>;

beforeAll(async () => {
  fixture = await certificationApp(db());
  app = fixture.app;
  await app.ready();
}, 60_000);

afterAll(async () => {
  await app?.close();
});

const dayFromToday = (days: number): string => chinaDate(new Date(Date.now() + days * 86_400_000));

/** A 特级技师 appointment whose term starts on `termStart`, as the talent topic delivers it. */
async function appointedFrom(termStart: string, name: string): Promise<string> {
  const workerId = randomUUID().replaceAll('-', '').padEnd(64, '0') as WorkerId;
  const [holderName] = await fixture.storage.names.sealNames([{ workerId, name }]);
  const data: AppointmentMadeData = {
    appointmentId: randomUUID(),
    workerId,
    holderName: holderName ?? null,
    post: 'principal-technician',
    employer: { bodyId: 'b-heavy', filingNo: fixture.filingNo, bodyName: '四川某重工有限公司' },
    occupationCode: '6-18-02-04',
    workType: '--',
    termStart,
    termEnd: null,
    eligibility: { basis: 'rule', ruleId: 'principal-from-level1', summary: '高级技师' },
    appointedAt: new Date().toISOString(),
  };
  const event: EventEnvelope<'talent.AppointmentMade', AppointmentMadeData> = {
    eventId: randomUUID(),
    type: 'talent.AppointmentMade',
    schemaVersion: 1,
    streamId: `appointment-${data.appointmentId}`,
    revision: 1,
    occurredAt: data.appointedAt,
    recordedAt: data.appointedAt,
    actor: { kind: 'user', id: 'hr-of-some-firm' },
    correlationId: randomUUID(),
    causationId: null,
    workerId,
    data,
  };
  await fixture.policy(event);
  const record = await fixture.storage.records.findOne({ certificateId: certificateIdFor(event.eventId) });
  if (record === null) throw new Error(`no certificate was recorded for appointment ${data.appointmentId}`);
  return record._id;
}

const verify = async (certificateNo: string, name: string) =>
  (await app.inject({ method: 'POST', url: '/v1/verify', payload: { certificateNo, name } })).json();

describe('a certificate is never valid before its 发证日期 (docs/domain.md §3.1)', () => {
  it('given a term starting next year, then the certificate is dated that day and verifies not-yet-valid today', async () => {
    const termStart = dayFromToday(365);
    const certificateNo = await appointedFrom(termStart, '司马未来');
    const answer = await verify(certificateNo, '司马未来');
    expect(answer).toMatchObject({ result: 'not-yet-valid', certificate: { issuedOn: termStart } });
  });

  it('given a term that started today, then it verifies valid', async () => {
    const certificateNo = await appointedFrom(dayFromToday(0), '上官今日');
    expect((await verify(certificateNo, '上官今日')).result).toBe('valid');
  });
});

describe('status lists (W3C Bitstring Status List)', () => {
  it('a list nobody issued on is 404 problem+json, not a signed all-clear', async () => {
    const response = await app.inject({ method: 'GET', url: '/v1/status-lists/nobody-issued-here/revocation' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ code: 'STATUS_LIST_NOT_FOUND' });
  });

  it('the list new certificates go on, and a list a certificate names, are served', async () => {
    const current = await app.inject({ method: 'GET', url: `/v1/status-lists/${fixture.statusListId}/suspension` });
    expect(current.statusCode).toBe(200);
    await appointedFrom(dayFromToday(0), '欧阳名单');
    const other = await certificationApp(db());
    try {
      const named = await other.app.inject({
        method: 'GET',
        url: `/v1/status-lists/${fixture.statusListId}/revocation`,
      });
      expect(named.statusCode).toBe(200);
      expect(named.headers['content-type']).toContain('application/vc+jwt');
    } finally {
      await other.app.close();
    }
  });
});
