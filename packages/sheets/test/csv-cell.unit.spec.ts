import { describe, expect, it } from 'vitest';
import { csvCell } from '../src/csv-cell.ts';

describe('a CSV cell of the talent-pool export', () => {
  it.each([
    ['=cmd|"/c calc"!A1', `"'=cmd|""/c calc""!A1"`],
    ['+1+1', "'+1+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
  ])('keeps %j text, never a formula', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('quotes commas and quotes, and leaves plain text as it is', () => {
    expect(csvCell('电工, 三级')).toBe('"电工, 三级"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('6-31-01-03 电工 2024-06-01')).toBe('6-31-01-03 电工 2024-06-01');
  });
});
