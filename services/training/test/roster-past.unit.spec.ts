import { deciderSpec } from '@tianfu/decider/spec';
import { describe, expect, it } from 'vitest';
import type { PastTrainee } from '../src/domain/past-roster.ts';
import { classRoster } from '../src/domain/roster.ts';
import type { RosterEvent } from '../src/domain/roster-state.ts';
import { facts, groupsOf, holderNameOf, naming, provinceRule, workerOf } from './roster-fixtures.ts';

const spec = deciderSpec(classRoster);
// The class ran on 3 and 4 March 2025 (4 and 6 hours, room for 3); the office records it in April.
const recordedAt = '2025-04-01T02:00:00.000Z';
const lateFacts = { ...facts, lateFiled: true };
const trainee = (n: number, attended: string[], enrolledOn = '2025-02-20', row = n + 1): PastTrainee => ({
  row,
  workerId: workerOf(n),
  holderName: holderNameOf(n),
  targetGroups: groupsOf(n),
  enrolledOn,
  attended,
});
const record = (trainees: PastTrainee[], sheetHash = 'sheet-1', onFacts = lateFacts) =>
  ({
    type: 'RecordPastRoster',
    data: { trainees, sheetHash, at: recordedAt },
    facts: onFacts,
    rules: [provinceRule],
  }) as const;
const typesOf = (events: readonly unknown[]) => events.map((e) => (e as { type: string }).type);
const dataOf = (events: readonly unknown[], type: string) =>
  events.filter((e) => (e as { type: string }).type === type).map((e) => (e as { data: Record<string, unknown> }).data);
const rowsNamed = (...problems: object[]) => ({ problems: problems.map((p) => expect.objectContaining(p)) });

describe('补录: the roster of a class filed late (docs/domain.md §7.1, §7.2, §7.4, §7.5)', () => {
  it('given a late-filed class, when the office records its trainees, then enrolments, sign-ins and completion carry the days they happened', () => {
    const trainees = [
      trainee(1, ['s1', 's2'], '2025-02-25'),
      trainee(2, ['s2'], '2025-02-20'),
      trainee(3, ['s1', 's2']),
    ];
    const events = spec.given([]).when(record(trainees)).emitted();
    expect(typesOf(events)).toEqual([
      ...Array(3).fill('training.TraineeEnrolled'),
      ...Array(5).fill('training.AttendanceSignedIn'),
      'training.TraineeNotCompleted',
      'training.TraineeCompleted',
      'training.TraineeCompleted',
      'training.ClassCompleted',
      'training.RosterSheetAccepted',
    ]);
    // Enrolled in the order of their days: worker 2 first; each on its own day, China time.
    const enrolments = dataOf(events, 'training.TraineeEnrolled');
    expect(enrolments.map((e) => [e.workerId, e.enrolmentId, e.enrolledAt])).toEqual([
      [workerOf(2), '00001', '2025-02-19T16:00:00.000Z'],
      [workerOf(3), '00002', '2025-02-19T16:00:00.000Z'],
      [workerOf(1), '00003', '2025-02-24T16:00:00.000Z'],
    ]);
    expect(dataOf(events, 'training.AttendanceSignedIn').map((e) => e.signedAt)).toContain('2025-03-04T09:00:00+08:00');
    // Worker 2 attended 6 of 10 hours: below the 80% share.
    expect(dataOf(events, 'training.TraineeNotCompleted')).toEqual([
      expect.objectContaining({ workerId: workerOf(2), attendedHours: 6, completedOn: '2025-03-04' }),
    ]);
    expect(dataOf(events, 'training.ClassCompleted')).toEqual([
      expect.objectContaining({ completedOn: '2025-03-04', completers: 2, nonCompleters: 1, completedAt: recordedAt }),
    ]);
  });

  it('given the roster recorded, when the same sheet comes again, then nothing changes; when another comes, then it is refused', () => {
    const recorded = spec
      .given([])
      .when(record([trainee(1, ['s1', 's2'])]))
      .emitted() as RosterEvent[];
    spec
      .given(recorded)
      .when(record([trainee(1, ['s1', 's2'])]))
      .thenEmits([]);
    spec
      .given(recorded)
      .when(record([trainee(2, ['s1'])], 'sheet-2'))
      .thenThrows('ROSTER_ALREADY_RECORDED', naming('classId', 'past_roster_once'));
  });

  it('when the class was filed ahead, or its provider is suspended, then the whole sheet is refused naming why', () => {
    spec
      .given([])
      .when(record([trainee(1, ['s1'])], 'sheet-1', facts))
      .thenThrows('CLASS_NOT_FILED_LATE', naming('classId', 'late_filed_class'));
    spec
      .given([])
      .when(record([trainee(1, ['s1'])], 'sheet-1', { ...lateFacts, providerStanding: 'suspended' }))
      .thenThrows('PROVIDER_SUSPENDED', naming('providerId', 'listed_provider'));
  });

  it('when rows break the ordinary rules, then every bad row is named and nothing is recorded', () => {
    const trainees = [
      trainee(1, ['s1', 's9']),
      trainee(2, ['s1'], '2025-03-05'),
      trainee(3, ['s1']),
      trainee(4, ['s2']),
      trainee(5, ['s2'], '2025-02-21'),
    ];
    spec
      .given([])
      .when(record(trainees))
      .thenThrows(
        'SHEET_ROWS_REJECTED',
        rowsNamed(
          { row: 2, column: 'attended', rule: 'sitting_exists' },
          { row: 3, column: 'enrolledOn', rule: 'class_not_finished' },
          { row: 6, column: 'classId', rule: 'capacity' },
        ),
      );
    spec
      .given([])
      .when(record([trainee(1, ['s1']), trainee(1, ['s2'], '2025-02-20', 3)]))
      .thenThrows('SHEET_ROWS_REJECTED', rowsNamed({ row: 3, column: 'idNumber', rule: 'once_per_class' }));
  });
});
