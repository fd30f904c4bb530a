import { describe, expect, it } from 'vitest';
import { classCompletionRule, sittingHours } from '../src/domain/completion.ts';
import { classRoster } from '../src/domain/roster.ts';
import type { RosterEvent } from '../src/domain/roster-state.ts';
import { classId, enrolled, facts, provinceRule, signedIn, workerOf } from './roster-fixtures.ts';

const s1 = '2025-03-03T09:05:00+08:00';
const s2 = '2025-03-04T09:10:00+08:00';
const fold = (events: readonly RosterEvent[]) => events.reduce(classRoster.evolve, classRoster.initialState());
const corrected: RosterEvent = {
  type: 'training.AttendanceCorrected',
  data: {
    classId,
    sittingId: 's2',
    enrolmentId: '00001',
    workerId: workerOf(1),
    hours: 3.5,
    reason: '早退',
    correctedAt: s2,
  },
};
const voided: RosterEvent = {
  type: 'training.AttendanceVoided',
  data: { classId, sittingId: 's1', enrolmentId: '00002', workerId: workerOf(2), reason: '代签', voidedAt: s2 },
};

describe('attendance per sitting (docs/domain.md §7.4)', () => {
  it('given a sign-in, a correction and a void, then each sitting shows the hours it counts and when the trainee signed in', () => {
    const roster = fold([enrolled(1), enrolled(2), signedIn(1, 's1', s1), signedIn(1, 's2', s2), corrected]);
    expect(sittingHours(facts, roster, workerOf(1))).toEqual([
      { sittingId: 's1', hours: 4, signedAt: s1, voided: false },
      { sittingId: 's2', hours: 3.5, signedAt: s2, voided: false },
    ]);
    const withVoid = fold([enrolled(1), enrolled(2), signedIn(2, 's1', s1), voided]);
    expect(sittingHours(facts, withVoid, workerOf(2))).toEqual([
      { sittingId: 's1', hours: 0, signedAt: null, voided: true },
      { sittingId: 's2', hours: 0, signedAt: null, voided: false },
    ]);
  });
});

describe('the completion rule a class is judged by (docs/domain.md §7.5)', () => {
  it('given a class not yet completed, then the rule in force on its last day; none when no rule covers its kind', () => {
    const roster = fold([enrolled(1)]);
    expect(classCompletionRule([provinceRule], facts, roster)).toMatchObject({
      ruleId: 'sc-2025-attendance',
      minAttendanceShare: 0.8,
    });
    expect(classCompletionRule([{ ...provinceRule, kinds: ['safety'] }], facts, roster)).toBeNull();
  });

  it('given a completed class, then the rule completion applied, whatever the rules say now', () => {
    const applied = { ...provinceRule, ruleId: 'applied-then', minAttendanceShare: 0.7 };
    const { kinds: _kinds, effectiveTo: _to, region: _region, ...rule } = applied;
    const completed: RosterEvent = {
      type: 'training.ClassCompleted',
      data: {
        classId,
        providerId: facts.providerId,
        completedOn: '2025-03-04',
        rule,
        completers: 0,
        nonCompleters: 1,
        completedAt: '2025-03-05T10:00:00+08:00',
      },
    };
    expect(classCompletionRule([provinceRule], facts, fold([enrolled(1), completed]))).toEqual(rule);
  });
});
