import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayWhenElapsed, elapsedYears } from '../src/elapsed-years.ts';

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const calendarDay = fc
  .date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2060-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => day(d.getTime()));

describe('§2.3 "+ n yrs": the first day the years have elapsed', () => {
  it('§2.3 given a start day, when n whole years are asked, then the day is the n-th anniversary (含)', () => {
    expect(dayWhenElapsed('2020-06-01', 5)).toBe('2025-06-01');
    expect(dayWhenElapsed('2020-06-01', 0)).toBe('2020-06-01');
  });

  it('§2.3 given 29 February, when the anniversary falls in a common year, then it is 1 March', () => {
    expect(dayWhenElapsed('2024-02-29', 1)).toBe('2025-03-01');
    expect(dayWhenElapsed('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('§2.3 given any start and any span, when the day is computed, then the years have elapsed that day and not the day before', () => {
    fc.assert(
      fc.property(calendarDay, fc.double({ min: 0, max: 12, noNaN: true }), (from, years) => {
        const on = dayWhenElapsed(from, years);
        expect(elapsedYears(from, on)).toBeGreaterThanOrEqual(years);
        expect(elapsedYears(from, day(Date.parse(`${on}T00:00:00Z`) - 86_400_000))).toBeLessThan(years);
      }),
      { numRuns: 1000 },
    );
  });
});
