import { describe, expect, it } from 'vitest';
import { attendancePercent, classHours, outcomeSplit } from './roster-figures.ts';

describe("a class's hours and a trainee's share (docs/domain.md §7.4)", () => {
  it('given sittings of theory and practice, then the class teaches their sum', () => {
    expect(
      classHours([
        { theoryHours: 3, practicalHours: 4 },
        { theoryHours: 0.5, practicalHours: 0 },
      ]),
    ).toBe(7.5);
  });

  it('given 7.99 of 10 hours attended, then the share shows 79%, not the 80% it misses', () => {
    expect(attendancePercent(7.99, 10)).toBe(79);
    expect(attendancePercent(8, 10)).toBe(80);
  });

  it('given a class with no hours, then the share is 0 rather than a division by zero', () => {
    expect(attendancePercent(0, 0)).toBe(0);
  });
});

describe('who completed and who did not (outcomeSplit)', () => {
  it('given judged and unjudged trainees, then each lands in its own list', () => {
    const a = { id: 'a', outcome: { completed: true } };
    const b = { id: 'b', outcome: { completed: false } };
    const c = { id: 'c', outcome: null };
    expect(outcomeSplit([a, b, c])).toEqual({ completed: [a], notCompleted: [b], pending: [c] });
  });
});
