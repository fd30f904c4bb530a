import { useTestDatabase } from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificateStreamId } from '../src/application/certificate-issuer.ts';
import { examIssuance } from '../src/domain/exam-issuance.ts';
import { certificationApp } from './http-fixtures.ts';
import { candidatePassed, passedEvent } from './samples.ts';

const db = useTestDatabase('certificate-issuer');
let fixture: Awaited<ReturnType<typeof certificationApp>>;

beforeAll(async () => {
  fixture = await certificationApp(db());
}, 60_000);

afterAll(async () => {
  await fixture?.app.close();
});

const context = (causationId: string) => ({
  actor: { kind: 'service' as const, id: 'certification' },
  correlationId: causationId,
  causationId,
});

describe('exam path: CandidatePassed → certificate', () => {
  it('the same pass issued twice gives one certificate, numbered per §3.2, and one verification record', async () => {
    const { filingNo, issue, storage } = fixture;
    const event = passedEvent({ ...candidatePassed(1, filingNo), holderName: null });
    const first = await issue(examIssuance(event), context(event.eventId));
    const second = await issue(examIssuance(event), context(event.eventId));
    expect(first.events).toHaveLength(1);
    expect(second.events).toHaveLength(0);
    expect(first.state?.certificateNo).toBe(`${filingNo}253000001`);
    const stream = await storage.store.readStream(certificateStreamId(first.state?.certificateId ?? ''));
    expect(stream.events.map((e) => e.type)).toEqual(['certification.CertificateIssued']);
    expect(stream.events[0]).toMatchObject({
      workerId: event.workerId,
      causationId: event.eventId,
      data: { basis: { path: 'exam', sourceEventId: event.eventId }, statusEntry: { listId: fixture.statusListId } },
    });
    expect(await storage.records.countDocuments({ _id: `${filingNo}253000001` })).toBe(1);
    const next = passedEvent({ ...candidatePassed(2, filingNo), holderName: null });
    expect((await issue(examIssuance(next), context(next.eventId))).state?.certificateNo).toBe(`${filingNo}253000002`);
  });
});
