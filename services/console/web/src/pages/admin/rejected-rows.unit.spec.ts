import { describe, expect, it } from 'vitest';
import { rejectedRows } from './rejected-rows.ts';

describe('the rejected rows of a catalogue import, shown beside their lines', () => {
  it('given the sheet’s and the catalogue’s problems, then each row with its column or field, in line order', () => {
    const problem = {
      code: 'CATALOGUE_ROWS_REJECTED',
      problems: [
        { row: 4, field: 'parentCode', rule: 'parent_missing', message: 'its 小类 is not in the catalogue' },
        { row: 2, column: '编码', rule: 'occupation_code', message: 'a 大典 code' },
      ],
    };
    expect(rejectedRows(problem)).toEqual([
      { row: 2, where: '编码', rule: 'occupation_code', message: 'a 大典 code' },
      { row: 4, where: 'parentCode', rule: 'parent_missing', message: 'its 小类 is not in the catalogue' },
    ]);
  });

  it('given another refusal, then no rows', () => {
    expect(rejectedRows({ code: 'HTTP_403' })).toEqual([]);
    expect(rejectedRows(null)).toEqual([]);
    expect(rejectedRows({ problems: [{ column: 'x' }] })).toEqual([]);
  });
});
