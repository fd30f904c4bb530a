import type { CompletionRule } from '@tianfu/contracts';
import { deciderSpec } from '@tianfu/decider/spec';
import { describe, expect, it } from 'vitest';
import { completionRuleFor } from '../src/domain/completion.ts';
import { classRoster } from '../src/domain/roster.ts';
import type { RosterEvent } from '../src/domain/roster-state.ts';
import { classId, enrolled, facts, naming, providerId, provinceRule, signedIn, workerOf } from './roster-fixtures.ts';

const spec = deciderSpec(classRoster);
const after = '2025-03-05T10:00:00+08:00';
const complete = (rules: CompletionRule[] = [provinceRule], at = after) =>
  ({ type: 'CompleteClass', data: { byProviderId: providerId, at }, facts, rules }) as const;
const s1 = '2025-03-03T09:00:00+08:00';
const s2 = '2025-03-04T09:00:00+08:00';
const corrected = (n: number, sittingId: string, hours: number): RosterEvent => ({
  type: 'training.AttendanceCorrected',
  data: {
    classId,
    sittingId,
    enrolmentId: String(n).padStart(5, '0'),
    workerId: workerOf(n),
    hours,
    reason: 'late',
    correctedAt: after,
  },
});
const outcomes = (events: readonly unknown[]) => events.map((e) => (e as { type: string }).type);

describe('completion (结业) by attended share (docs/domain.md §7.5)', () => {
  it('given 10 of 10 hours, 8 of 10 (exactly 80%) and 4 of 10, then two complete with a 培训合格证书 and one does not', () => {
    const given = [
      enrolled(1),
      enrolled(2),
      enrolled(3),
      signedIn(1, 's1', s1),
      signedIn(1, 's2', s2),
      signedIn(2, 's1', s1),
      signedIn(2, 's2', s2),
      corrected(2, 's2', 4),
      signedIn(3, 's1', s1),
    ];
    const events = spec.given(given).when(complete()).emitted();
    expect(outcomes(events)).toEqual([
      'training.TraineeCompleted',
      'training.TraineeCompleted',
      'training.TraineeNotCompleted',
      'training.ClassCompleted',
    ]);
    expect(events[0]).toMatchObject({
      data: { attendedHours: 10, classHours: 10, certificateNo: `${classId}-00001`, completedOn: '2025-03-04' },
    });
    expect(events[1]).toMatchObject({ data: { attendedHours: 8 } });
    expect(events[2]).toMatchObject({ data: { attendedHours: 4 } });
    expect(events[3]).toMatchObject({
      data: {
        completers: 2,
        nonCompleters: 1,
        rule: { ruleId: 'sc-2025-attendance', minAttendanceShare: 0.8, confirmed: false },
      },
    });
  });

  it('given a voided sign-in, then its sitting counts nothing toward the share', () => {
    const voided: RosterEvent = {
      type: 'training.AttendanceVoided',
      data: { classId, sittingId: 's2', enrolmentId: '00001', workerId: workerOf(1), reason: '代签', voidedAt: after },
    };
    const events = spec
      .given([enrolled(1), signedIn(1, 's1', s1), signedIn(1, 's2', s2), voided])
      .when(complete())
      .emitted();
    expect(events[0]).toMatchObject({ type: 'training.TraineeNotCompleted', data: { attendedHours: 4 } });
  });

  it('given a 市(州) rule of 90% beside the province’s 80%, then the class’s own region’s rule decides', () => {
    const chengdu: CompletionRule = { ...provinceRule, ruleId: 'cd-2025', region: '510100', minAttendanceShare: 0.9 };
    const events = spec
      .given([enrolled(1), signedIn(1, 's1', s1), signedIn(1, 's2', s2), corrected(1, 's2', 4.5)])
      .when(complete([provinceRule, chengdu]))
      .emitted();
    expect(events[0]).toMatchObject({ type: 'training.TraineeNotCompleted', data: { attendedHours: 8.5 } });
    expect(events[1]).toMatchObject({ data: { rule: { ruleId: 'cd-2025' } } });
  });

  it('picks the rule in force on the class’s last day: a superseded one no longer applies', () => {
    const old: CompletionRule = {
      ...provinceRule,
      ruleId: 'old',
      minAttendanceShare: 0.9,
      effectiveFrom: '2020-01-01',
      effectiveTo: '2024-12-31',
    };
    expect(completionRuleFor([old, provinceRule], facts, '2025-03-04')?.ruleId).toBe('sc-2025-attendance');
    expect(completionRuleFor([old, provinceRule], facts, '2024-06-01')?.ruleId).toBe('old');
    expect(completionRuleFor([{ ...provinceRule, kinds: ['safety'] }], facts, '2025-03-04')).toBeNull();
  });

  it('refuses a class that has not ended, one already completed, and one with no rule in force', () => {
    spec
      .given([enrolled(1)])
      .when(complete([provinceRule], '2025-03-04T20:00:00+08:00'))
      .thenThrows('CLASS_NOT_ENDED', naming('classId', 'class_ended'));
    spec
      .given([enrolled(1)])
      .when(complete([]))
      .thenThrows('COMPLETION_RULE_MISSING', naming(undefined, 'completion_rule_in_force'));
    const [, done] = spec
      .given([enrolled(1)])
      .when(complete())
      .emitted();
    spec
      .given([enrolled(1), done as RosterEvent])
      .when(complete())
      .thenThrows('CLASS_ALREADY_COMPLETED');
  });

  it('given a completed class, then its attendance is final and it takes no one', () => {
    const [, done] = spec
      .given([enrolled(1)])
      .when(complete())
      .emitted();
    const given = [enrolled(1), done as RosterEvent];
    spec
      .given(given)
      .when({
        type: 'SignIn',
        data: {
          byProviderId: providerId,
          entries: [{ row: 1, workerId: workerOf(1), sittingId: 's1', signedAt: s1 }],
          source: 'device',
          deviceId: null,
          sheetHash: null,
          at: after,
        },
        facts,
      })
      .thenThrows('CLASS_ALREADY_COMPLETED');
  });

  it('given a completion, then each trainee holds its outcome and certificate number', () => {
    const given = [enrolled(1), enrolled(2), signedIn(1, 's1', s1), signedIn(1, 's2', s2)];
    const events = spec.given(given).when(complete()).emitted() as RosterEvent[];
    const roster = [...given, ...events].reduce(classRoster.evolve, classRoster.initialState());
    expect(roster.trainees.get('00001')?.outcome).toEqual({
      completed: true,
      attendedHours: 10,
      certificateNo: `${classId}-00001`,
    });
    expect(roster.trainees.get('00002')?.outcome).toEqual({ completed: false, attendedHours: 0, certificateNo: null });
  });
});
