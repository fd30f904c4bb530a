import { residentIdNumber } from '@tianfu/testing';
import { describe, expect, it } from 'vitest';
import { parseInsuranceSheet } from '../src/http/csv/insurance-sheet.ts';

const sheet = (...lines: string[]) => Buffer.from(lines.join('\r\n'));
const id = residentIdNumber(1);

describe("the registry's sheet of 失业保险 periods", () => {
  it('reads each row: the document checked, dates as Excel saves them too, an empty end for an open period', () => {
    const result = parseInsuranceSheet(
      sheet('公民身份号码,参保日期,停保日期', `${id},2018/1/5,2020-12-31`, `${id},2021-01-01,`),
    );
    expect(result).toEqual({
      ok: true,
      rows: [
        {
          row: 2,
          document: { idType: 'resident-id-card', idNumber: id },
          insuredSince: '2018-01-05',
          insuredUntil: '2020-12-31',
        },
        {
          row: 3,
          document: { idType: 'resident-id-card', idNumber: id },
          insuredSince: '2021-01-01',
          insuredUntil: null,
        },
      ],
    });
  });

  it('names every bad row with its line, column and rule, never repeating the number, and hands over the good rows', () => {
    const bad = `${id.slice(0, 17)}${id.endsWith('0') ? '1' : '0'}`;
    const result = parseInsuranceSheet(
      sheet('证件号码,参保日期,停保日期', `${bad},2018-01-01,`, `${id},2018-13-01,`, `${id},2020-01-01,2019-12-31`),
    );
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.map(({ row, column, rule }) => ({ row, column, rule }))).toEqual([
      { row: 2, column: '证件号码', rule: 'id_checksum' },
      { row: 3, column: '参保日期', rule: 'date_format' },
      { row: 4, column: '停保日期', rule: 'date_order' },
    ]);
    expect(JSON.stringify(problems)).not.toContain(bad);
    // The rows whose cells were good come along, for the import's checks across rows.
    expect(result.rows).toEqual([]);
    const mixed = parseInsuranceSheet(sheet('证件号码,参保日期', `${bad},2018-01-01`, `${id},2019-01-01`));
    expect(mixed).toMatchObject({ ok: false, rows: [{ row: 3, insuredSince: '2019-01-01' }] });
  });
});
