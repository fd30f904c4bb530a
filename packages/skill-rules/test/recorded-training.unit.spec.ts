import { testCatalogue } from '@tianfu/testing';
import { describe, expect, it } from 'vitest';
import type { CandidateBackground, CompletedTraining } from '../src/candidate-background.ts';
import { type EligibilityAnswer, evaluateEligibility, type OccupationStandard } from '../src/index.ts';

const asOf = '2025-06-01';
const electrician = '6-31-01-03'; // template A, 2018 standard (§3.4): 五级 by 学徒期满
const cook = '4-03-02-01'; // template B: no apprenticeship route

const nobody: CandidateBackground = {
  birthDate: '1990-03-15',
  yearsInOccupation: 0,
  apprenticeshipCompleted: false,
  schooling: [],
  title: null,
  heldLevels: [],
};

const apprenticeshipClass: CompletedTraining = {
  source: 'class',
  id: 'C-2024-017',
  providerId: 'P-0042',
  occupationCode: '6-31-01-02',
  targetLevel: 'level5',
  kind: 'apprenticeship',
  hours: 480,
  completedOn: '2024-12-20',
  certificateNo: 'C-2024-017-00003',
};

const catalogue = testCatalogue();
function standardOf(occupationCode: string): OccupationStandard {
  const standard = catalogue.occupations.get(occupationCode)?.standards[0];
  if (standard === undefined) throw new Error(`no standard of ${occupationCode} in the test catalogue`);
  return standard;
}

const whenAsking = (occupationCode: string, given: Partial<CandidateBackground>): EligibilityAnswer =>
  evaluateEligibility({
    standard: standardOf(occupationCode),
    level: 'level5',
    asOf,
    background: { ...nobody, ...given },
  });

const rule = (answer: EligibilityAnswer, ruleId: string) => answer.rules.find((r) => r.ruleId === ruleId);

describe('§2.3 学徒期满 shown by a training the platform recorded (§7.5, §7.6)', () => {
  it('§2.3 given a completed 新型学徒制 class in the same 小类, when asking 五级 under template A, then A-level5-2 passes citing it', () => {
    const answer = whenAsking(electrician, { completedTrainings: [apprenticeshipClass] });
    expect(answer).toMatchObject({ eligible: true, passedRule: 'A-level5-2' });
    expect(rule(answer, 'A-level5-2')).toMatchObject({ passed: true, trainings: [apprenticeshipClass] });
  });

  it('§2.3 given a completed apprenticeship agreement, then it counts as 学徒期满 too', () => {
    const agreement: CompletedTraining = { ...apprenticeshipClass, source: 'apprenticeship', certificateNo: null };
    const answer = whenAsking(electrician, { completedTrainings: [agreement] });
    expect(rule(answer, 'A-level5-2')).toMatchObject({ passed: true, trainings: [agreement] });
  });

  it('§2.3 given both a declaration and a record, then the record is the evidence cited', () => {
    const answer = whenAsking(electrician, {
      apprenticeshipCompleted: true,
      completedTrainings: [apprenticeshipClass],
    });
    expect(rule(answer, 'A-level5-2')?.trainings).toEqual([apprenticeshipClass]);
  });

  it('§2.3 given the earlier of two recorded apprenticeships, then the earliest is cited', () => {
    const earlier = { ...apprenticeshipClass, id: 'C-2023-002', completedOn: '2023-07-01' };
    const answer = whenAsking(electrician, { completedTrainings: [apprenticeshipClass, earlier] });
    expect(rule(answer, 'A-level5-2')?.trainings).toEqual([earlier]);
  });

  it.each([
    ['a class of another kind (就业技能培训)', { kind: 'employment' }],
    ['an apprenticeship in another 小类 (焊工 6-18-02-04)', { occupationCode: '6-18-02-04' }],
    ['an apprenticeship completed after the session date', { completedOn: '2025-06-02' }],
  ])('§2.3 given only %s, then 学徒期满 is unmet and nothing is cited', (_text, change) => {
    const answer = whenAsking(electrician, { completedTrainings: [{ ...apprenticeshipClass, ...change }] });
    expect(answer.eligible).toBe(false);
    expect(rule(answer, 'A-level5-2')).toMatchObject({
      passed: false,
      unmet: ['needs a completed apprenticeship (学徒期满)'],
      trainings: [],
    });
  });

  it('§2.3 given a recorded apprenticeship, when the template has no 学徒期满 route (B), then a passing rule cites no training', () => {
    const answer = whenAsking(cook, { completedTrainings: [{ ...apprenticeshipClass, occupationCode: cook }] });
    expect(answer).toMatchObject({ eligible: true, passedRule: 'B-level5-1' });
    expect(rule(answer, 'B-level5-1')?.trainings).toEqual([]);
  });
});
