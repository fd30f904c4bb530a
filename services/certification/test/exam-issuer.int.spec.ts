import { randomUUID } from 'node:crypto';
import type { CandidatePassedData } from '@tianfu/contracts';
import { MongoEventStore } from '@tianfu/eventstore';
import { useTestDatabase } from '@tianfu/testing';
import { describe, expect, it } from 'vitest';
import { certificateStreamId, examIssuer, type PassedEvent } from '../src/application/exam-issuer.ts';
import { createSerialAllocator } from '../src/application/serial-allocator.ts';

const db = useTestDatabase('exam-issuer');
const clock = () => new Date('2025-06-21T09:00:00.000Z');

const passedEvent = (filingNo: string, n: number): PassedEvent => {
  const data: CandidatePassedData = {
    sessionId: 's-1',
    candidateId: String(n).padStart(5, '0'),
    workerId: n.toString(16).padStart(64, '0'),
    bodyId: 'chengdu-tech',
    filingNo,
    bodyName: '四川省某技师学院',
    occupationCode: '6-31-01-03',
    workType: '--',
    level: 'level3',
    sessionDate: '2025-06-20',
    scores: { theory: 80, practical: 70 },
    decidedAt: '2025-06-21T08:00:00.000Z',
    supersedes: false,
  };
  const at = data.decidedAt;
  return {
    eventId: randomUUID(),
    type: 'assessment.CandidatePassed',
    schemaVersion: 1,
    streamId: 'session-s-1',
    revision: 3,
    occurredAt: at,
    recordedAt: at,
    actor: { kind: 'user', id: 'clerk' },
    correlationId: randomUUID(),
    causationId: null,
    workerId: data.workerId,
    data,
  };
};

describe('exam path: CandidatePassed → certificate (issue #4 "Issuance paths")', () => {
  it('a CandidatePassed delivered twice issues one certificate, numbered per §3.2', async () => {
    const store = await MongoEventStore.create(db(), { clock, newId: randomUUID });
    const issue = examIssuer(store, createSerialAllocator(db().collection('certificate_serials')), clock);
    // A filing number of this run's own, so its serials start at 1.
    const filingNo = `Y0000${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const event = passedEvent(filingNo, 1);
    const first = await issue(event);
    const second = await issue(event);
    expect(first.events).toHaveLength(1);
    expect(second.events).toHaveLength(0);
    expect(first.state?.certificateNo).toBe(`${filingNo}253000001`);
    const stream = await store.readStream(certificateStreamId(first.state?.certificateId ?? ''));
    expect(stream.events.map((e) => e.type)).toEqual(['certification.CertificateIssued']);
    expect(stream.events[0]).toMatchObject({
      workerId: event.workerId,
      causationId: event.eventId,
      data: { basis: { path: 'exam', sourceEventId: event.eventId } },
    });
    const next = await issue(passedEvent(filingNo, 2));
    expect(next.state?.certificateNo).toBe(`${filingNo}253000002`);
  });
});
