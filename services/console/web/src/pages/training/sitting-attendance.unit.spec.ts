import { describe, expect, it } from 'vitest';
import { againstRule } from './roster-figures.ts';
import { sittingRows } from './sitting-attendance.ts';
import type { ClassRecord, Enrollee } from './training-api.ts';

const sitting = (sittingId: string, date: string): ClassRecord['sittings'][number] => ({
  sittingId,
  date,
  start: '09:00',
  end: '13:00',
  theoryHours: 2,
  practicalHours: 2,
});
const trainee = (id: string, name: string | null, sittings: Enrollee['sittings']): Enrollee => ({
  enrolmentId: id,
  workerId: `w-${id}`,
  name,
  maskedIdNumber: null,
  targetGroups: null,
  voucherId: null,
  attendedHours: sittings.reduce((sum, s) => sum + s.hours, 0),
  sittings,
  outcome: null,
});

describe('attendance per sitting (docs/domain.md §7.4)', () => {
  it('given a sign-in, a correction and a void, then each sitting lists who counts and the hours counted', () => {
    const rows = sittingRows(
      [sitting('s1', '2025-03-10'), sitting('s2', '2025-03-11')],
      [
        trainee('00001', '学员甲', [
          { sittingId: 's1', hours: 4, signedAt: '2025-03-10T01:01:00.000Z', voided: false },
          { sittingId: 's2', hours: 2.5, signedAt: '2025-03-11T01:30:00.000Z', voided: false },
        ]),
        trainee('00002', null, [
          { sittingId: 's1', hours: 0, signedAt: null, voided: true },
          { sittingId: 's2', hours: 4, signedAt: '2025-03-11T01:00:00.000Z', voided: false },
        ]),
      ],
    );
    expect(rows.map((r) => [r.sitting.sittingId, r.present.map((p) => p.enrolmentId), r.countedHours])).toEqual([
      ['s1', ['00001'], 4],
      ['s2', ['00001', '00002'], 6.5],
    ]);
  });
});

describe('a trainee’s share against the completion rule (docs/domain.md §7.5)', () => {
  it('given exactly 80% of 10 hours, then met; given 7.5, then 0.5 hours short; a class of no hours meets nothing', () => {
    expect(againstRule(8, 10, 0.8)).toEqual({ meets: true, shortHours: 0 });
    expect(againstRule(7.5, 10, 0.8)).toEqual({ meets: false, shortHours: 0.5 });
    expect(againstRule(0, 0, 0.8)).toEqual({ meets: false, shortHours: 0 });
  });
});
