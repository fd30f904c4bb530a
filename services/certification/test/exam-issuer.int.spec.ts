import { randomUUID } from 'node:crypto';
import { MongoEventStore } from '@tianfu/eventstore';
import { useTestDatabase } from '@tianfu/testing';
import { describe, expect, it } from 'vitest';
import { certificateStreamId, examIssuer } from '../src/application/exam-issuer.ts';
import { createSerialAllocator } from '../src/application/serial-allocator.ts';
import { candidatePassed, passedEvent } from './samples.ts';

const db = useTestDatabase('exam-issuer');
const clock = () => new Date('2025-06-21T09:00:00.000Z');

describe('exam path: CandidatePassed → certificate (issue #4 "Issuance paths")', () => {
  it('a CandidatePassed delivered twice issues one certificate, numbered per §3.2', async () => {
    const store = await MongoEventStore.create(db(), { clock, newId: randomUUID });
    const issue = examIssuer(store, createSerialAllocator(db().collection('certificate_serials')), clock);
    // A filing number of this run's own, so its serials start at 1.
    const filingNo = `Y0000${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const event = passedEvent(candidatePassed(1, filingNo));
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
    const next = await issue(passedEvent(candidatePassed(2, filingNo)));
    expect(next.state?.certificateNo).toBe(`${filingNo}253000002`);
  });
});
