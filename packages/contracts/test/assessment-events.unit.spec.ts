import { describe, expect, it } from 'vitest';
import { assessmentEvents, CandidatePassed, createEventRegistry, PartScoreRecorded } from '../src/index.ts';

const workerId = 'a'.repeat(64);
const passed = {
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

describe('assessment event contracts (issue #3: events with zod schemas in packages/contracts)', () => {
  it('form one valid registry', () => {
    const registry = createEventRegistry([...assessmentEvents]);
    expect(registry.validateNew('assessment.CandidatePassed', passed)).toMatchObject({
      type: 'assessment.CandidatePassed',
    });
  });

  it('CandidatePassed carries a workerId, never a raw ID number or name field (ARCHITECTURE.md)', () => {
    expect(CandidatePassed.schema.safeParse(passed).success).toBe(true);
    expect(CandidatePassed.schema.safeParse({ ...passed, workerId: '11010519491231002X' }).success).toBe(false);
    const withNumber = CandidatePassed.schema.parse({ ...passed, idNumber: '11010519491231002X', name: '张三' });
    expect(withNumber).not.toHaveProperty('idNumber');
    expect(withNumber).not.toHaveProperty('name');
  });

  it('a part score runs 0–100 with one decimal (domain.md §2.2)', () => {
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
