import type { EventEnvelope } from '@tianfu/contracts';
import { useTestDatabase } from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificateIdFor } from '../src/domain/issuance.ts';
import { certificationApp } from './http-fixtures.ts';
import { candidatePassed, passedEvent, promotionAwarded } from './samples.ts';

// Two certification services, each on its own database, whose clocks stand on different days.
const firstDb = useTestDatabase('certification-dates-a');
const laterDb = useTestDatabase('certification-dates-b');
type Fixture = Awaited<ReturnType<typeof certificationApp>>;
let first: Fixture;
let later: Fixture;

beforeAll(async () => {
  first = await certificationApp(firstDb(), 10_000, { clock: () => new Date('2025-06-21T09:00:00.000Z') });
  later = await certificationApp(laterDb(), 10_000, { clock: () => new Date('2026-12-06T23:00:00.000Z') });
}, 60_000);

afterAll(async () => {
  await first?.app.close();
  await later?.app.close();
});

const issuedOnBy = async (fixture: Fixture, event: EventEnvelope) => {
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
    expect(await first.storage.records.countDocuments({ certificateId: certificateIdFor(event.eventId) })).toBe(1);
  });
});
