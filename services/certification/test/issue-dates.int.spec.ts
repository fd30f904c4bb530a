import type { EventEnvelope } from '@tianfu/contracts';
import { describe, expect, it } from 'vitest';
import { certificateIdFor } from '../src/domain/issuance.ts';
import { type CertificationFixture, useCertificationApp } from './http-fixtures.ts';
import { candidatePassed, passedEvent, promotionAwarded } from './samples.ts';

// Two certification services, each on its own database, whose clocks stand on different days.
const first = useCertificationApp('certification-dates-a', { clock: () => new Date('2025-06-21T09:00:00.000Z') });
const later = useCertificationApp('certification-dates-b', { clock: () => new Date('2026-12-06T23:00:00.000Z') });

const issuedOnBy = async (certification: () => CertificationFixture, event: EventEnvelope) => {
  const fixture = certification();
  await fixture.policy(event);
  const record = await fixture.storage.records.findOne({ certificateId: certificateIdFor(event.eventId) });
  return record?.issuedOn;
};

describe('a certificate is dated by its cause in the world, never by the day it is processed', () => {
  it('given the same pass processed on two different days, then both certificates carry the session’s day', async () => {
    const event = passedEvent({ ...candidatePassed(1), sessionDate: '2023-04-15', decidedAt: '2025-06-21T08:00:00Z' });
    expect(await issuedOnBy(first, event)).toBe('2023-04-15');
    expect(await issuedOnBy(later, event)).toBe('2023-04-15');
  });

  it('given the same promotion processed on two different days, then both carry the day of the 核准', async () => {
    const event = promotionAwarded('2025-06-21T08:00:00.000Z', '2024-11-20');
    expect(await issuedOnBy(first, event)).toBe('2024-11-20');
    expect(await issuedOnBy(later, event)).toBe('2024-11-20');
  });

  it('given a redelivery a day later, then the certificate keeps its date', async () => {
    const event = passedEvent({ ...candidatePassed(2), sessionDate: '2024-09-01' });
    expect(await issuedOnBy(first, event)).toBe('2024-09-01');
    expect(await issuedOnBy(first, event)).toBe('2024-09-01');
    expect(await first().storage.records.countDocuments({ certificateId: certificateIdFor(event.eventId) })).toBe(1);
  });
});
