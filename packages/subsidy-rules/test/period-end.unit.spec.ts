import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periodEnd } from '../src/index.ts';

const dayMs = 86_400_000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const daysAfter = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / dayMs;
const calendarDay = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2060-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => day(d.getTime()));

describe('§7.8 "within 12 months": the period ends on the corresponding day (民法典 Art. 201–202)', () => {
  it('§7.8 given a certificate of 2025-01-15, when 12 months are counted, then the last day is 2026-01-15, day 365', () => {
    expect(periodEnd('2025-01-15', 12)).toBe('2026-01-15');
    expect(daysAfter('2025-01-15', '2026-01-15')).toBe(365);
  });

  it('§7.8 given a certificate of 2023-03-01, when the year holds a 29 February, then the last day is day 366', () => {
    expect(periodEnd('2023-03-01', 12)).toBe('2024-03-01');
    expect(daysAfter('2023-03-01', '2024-03-01')).toBe(366);
  });

  it('§7.8 given 29 February or a 31st, when the last month has no such day, then the period ends on its last day', () => {
    expect(periodEnd('2024-02-29', 12)).toBe('2025-02-28');
    expect(periodEnd('2024-02-29', 48)).toBe('2028-02-29');
    expect(periodEnd('2025-08-31', 6)).toBe('2026-02-28');
    expect(periodEnd('2025-01-31', 1)).toBe('2025-02-28');
  });

  it('§7.8 given any day, when 12 months are counted, then the period is 365 or 366 days and never ends before the start', () => {
    fc.assert(
      fc.property(calendarDay, fc.integer({ min: 1, max: 60 }), (from, months) => {
        const end = periodEnd(from, months);
        expect(end > from).toBe(true);
        if (months === 12) expect([365, 366]).toContain(daysAfter(from, end));
        expect(periodEnd(from, months + 1) > end).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
