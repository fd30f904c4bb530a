import { describe, expect, it } from 'vitest';
import { assessmentEvents, CandidatePassed, createEventRegistry, PartScoreRecorded } from '../src/index.ts';
import { storedEvent } from './support/stored-event.ts';

const workerId = 'a'.repeat(64);
const registry = createEventRegistry([...assessmentEvents]);
// The form of a name sealed under the worker key; only the vault makes and opens real ones.
const holderName = `n1.${'0f'.repeat(4)}-0000-4000-8000-${'0'.repeat(12)}.${'A'.repeat(16)}.${'B'.repeat(22)}.5LiJ5LiJ`;
const passedV1 = {
  sessionId: 's-1',
  candidateId: '00001',
  workerId,
  bodyId: 'b-1',
  filingNo: 'Y000051001064',
  bodyName: '四川省某技师学院',
  occupationCode: '6-31-01-03',
  workType: '--',
  level: 'level3' as const,
  sessionDate: '2025-06-20',
  scores: { theory: 70, practical: 60 },
  decidedAt: '2025-06-21T08:00:00.000Z',
  supersedes: false,
};
const passed = { ...passedV1, holderName };
const failedV1 = { ...passedV1, scores: { theory: 70 }, failedParts: [], missingParts: ['practical'] };
const enrolledV1 = {
  sessionId: 's-1',
  candidateId: '00001',
  workerId,
  eligibility: { basis: 'rule', ruleId: 'A-level3-1', summary: '四级 + 5 yrs' },
  enrolledAt: passedV1.decidedAt,
};
const envelope = (type: string, schemaVersion: number, data: unknown) =>
  storedEvent(type, schemaVersion, data, { workerId });

describe('assessment event contracts (events with zod schemas in packages/contracts)', () => {
  it('form one valid registry', () => {
    expect(registry.validateNew('assessment.CandidatePassed', passed)).toMatchObject({
      type: 'assessment.CandidatePassed',
      schemaVersion: 2,
    });
  });

  it('list every version: names travel sealed from version 2 of enrolments and outcomes', () => {
    const versions = Object.fromEntries(registry.eventTypes.map((type) => [type, registry.latestVersion(type)]));
    expect(versions).toEqual({
      'assessment.BodyRegistered': 2,
      'assessment.BodySuspended': 1,
      'assessment.BodyReinstated': 1,
      'assessment.OccupationFiled': 1,
      'assessment.FilingWithdrawn': 1,
      'assessment.ExaminerRegistered': 1,
      'assessment.SupervisorRegistered': 1,
      'assessment.SessionScheduled': 1,
      'assessment.SessionAmended': 1,
      'assessment.CandidateEnrolled': 2,
      'assessment.PartScoreRecorded': 1,
      'assessment.PartScoreCorrected': 1,
      'assessment.CandidatePassed': 2,
      'assessment.CandidateFailed': 2,
      'assessment.SessionClosed': 1,
      'assessment.SheetAccepted': 1,
    });
  });

  it.each([
    ['assessment.CandidateEnrolled', enrolledV1],
    ['assessment.CandidatePassed', passedV1],
    ['assessment.CandidateFailed', failedV1],
  ])('reads a %s of version 1 as version 2 without a holder name', (type, data) => {
    expect(registry.parse(envelope(type, 1, data))).toMatchObject({
      schemaVersion: 2,
      data: { ...data, holderName: null },
    });
  });

  it.each([
    ['assessment.CandidateEnrolled', enrolledV1],
    ['assessment.CandidatePassed', passedV1],
    ['assessment.CandidateFailed', failedV1],
  ])('a %s of version 2 carries its holder name sealed, never in clear', (type, data) => {
    expect(registry.parse(envelope(type, 2, { ...data, holderName })).data).toMatchObject({ holderName });
    expect(() => registry.parse(envelope(type, 2, { ...data, holderName: '张三' }))).toThrow(/holderName/);
    expect(() => registry.parse(envelope(type, 2, data))).toThrow(/holderName/);
  });

  it('CandidatePassed carries a workerId, never a raw ID number or name field (docs/architecture.md)', () => {
    expect(CandidatePassed.schema.safeParse(passed).success).toBe(true);
    expect(CandidatePassed.schema.safeParse({ ...passed, workerId: '11010519491231002X' }).success).toBe(false);
    const withNumber = CandidatePassed.schema.parse({ ...passed, idNumber: '11010519491231002X', name: '张三' });
    expect(withNumber).not.toHaveProperty('idNumber');
    expect(withNumber).not.toHaveProperty('name');
  });

  it('a part score runs 0–100 with one decimal (docs/domain.md §2.2)', () => {
    const score = (value: number) =>
      PartScoreRecorded.schema.safeParse({
        sessionId: 's',
        candidateId: '00001',
        workerId,
        part: 'theory',
        score: value,
        recordedAt: passed.decidedAt,
      }).success;
    expect([0, 59.9, 60, 100].map(score)).toEqual([true, true, true, true]);
    expect([-1, 100.5, 60.25].map(score)).toEqual([false, false, false]);
  });
});
