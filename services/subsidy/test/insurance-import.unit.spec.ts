import { describe, expect, it } from 'vitest';
import { type InsuranceRow, insuranceImportProblems } from '../src/domain/insurance-import.ts';

const today = '2025-03-01';
const a = 'a'.repeat(64);
const b = 'b'.repeat(64);
const row = (n: number, workerId: string, insuredSince: string, insuredUntil: string | null = null): InsuranceRow => ({
  row: n,
  workerId,
  insuredSince,
  insuredUntil,
});

describe('what refuses an import of insurance periods as a whole (docs/domain.md §7.9)', () => {
  it('given good rows, including one person’s periods one after another, then no problem', () => {
    const rows = [row(2, a, '2015-01-01', '2017-12-31'), row(3, a, '2018-01-01'), row(4, b, '2018-01-01')];
    expect(insuranceImportProblems(rows, today)).toEqual([]);
  });

  it('given a day after today, then the row is named on its column', () => {
    expect(insuranceImportProblems([row(2, a, '2025-03-02')], today)).toEqual([
      expect.objectContaining({ row: 2, column: 'insuredSince', rule: 'date_in_future' }),
    ]);
    expect(insuranceImportProblems([row(2, a, '2020-01-01', '2025-03-02')], today)).toEqual([
      expect.objectContaining({ row: 2, column: 'insuredUntil', rule: 'date_in_future' }),
    ]);
    expect(insuranceImportProblems([row(2, a, today, today)], today)).toEqual([]);
  });

  it('given one person’s insuredSince twice, or two periods overlapping, then every later row is named', () => {
    const rows = [
      row(2, a, '2018-01-01', '2020-12-31'),
      row(3, b, '2018-01-01'),
      row(4, a, '2018-01-01'),
      row(5, a, '2020-12-31'),
    ];
    expect(insuranceImportProblems(rows, today)).toEqual([
      { row: 4, column: 'insuredSince', rule: 'duplicate_row', message: 'the same person and insuredSince as row 2' },
      {
        row: 5,
        column: 'insuredSince',
        rule: 'period_overlap',
        message: "the same person's period of row 2 overlaps this one",
      },
    ]);
  });
});
