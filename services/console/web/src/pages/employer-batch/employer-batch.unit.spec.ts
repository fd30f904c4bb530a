import { describe, expect, it } from 'vitest';
import { verdictsCsv } from './batch-csv.ts';
import { MAX_BATCH_ROWS, parseBatch } from './batch-rows.ts';
import { verdictRows } from './batch-verdicts.ts';

const good = 'Y000051001064253000001';
const other = 'Y000051001064253000002';

describe('parsing a pasted or uploaded batch', () => {
  it('given comma, quoted and tab-separated lines with a header and blank lines, each line is a row with its own number', () => {
    const text = `\uFEFF证书编号,姓名\r\n${good},张三\r\n\r\n"${other}","李 四"\n${good}\t王五\n`;
    const { rows, tooMany } = parseBatch(text);
    expect(tooMany).toBe(false);
    expect(rows.map((row) => row.line)).toEqual([2, 4, 5]);
    expect(rows.every((row) => row.ok)).toBe(true);
  });

  it('given a malformed number and an empty name, those rows carry the field and the API’s rule', () => {
    const { rows } = parseBatch(`${good},张三\nY000051001064257000001,李四\n${good},`);
    expect(rows[0]).toMatchObject({ ok: true });
    expect(rows[1]).toMatchObject({
      line: 2,
      ok: false,
      field: 'certificateNo',
      problem: expect.stringMatching(/^CERT_NO_LEVEL/),
    });
    expect(rows[2]).toMatchObject({ line: 3, ok: false, field: 'name' });
  });

  it('given more lines than a batch takes, says so', () => {
    const text = Array.from({ length: MAX_BATCH_ROWS + 1 }, () => `${good},张三`).join('\n');
    expect(parseBatch(text).tooMany).toBe(true);
  });
});

describe('the verdict table and its CSV', () => {
  const { rows } = parseBatch(`${good},张三\nbad-number,李四\n${other},=cmd|calc`);
  const answers = [
    {
      result: 'valid' as const,
      certificate: { occupationName: '电工', levelLabel: '三级/高级工', issuedOn: '2025-06-20', maskedName: '张*' },
    },
    { result: 'not-found' as const, certificate: null },
  ];

  it('every input line has a row in order: answers matched to the lines sent, a refused line marked invalid', () => {
    const table = verdictRows(rows, answers);
    expect(table.map((row) => [row.line, row.verdict, row.maskedName])).toEqual([
      [1, 'valid', '张*'],
      [2, 'invalid', '李*'],
      [3, 'not-found', '=*'],
    ]);
    expect(table[0]).toMatchObject({ occupation: '电工', level: '三级/高级工', issuedOn: '2025-06-20' });
    expect(table[1]?.problem?.field).toBe('certificateNo');
  });

  it('the CSV has a BOM, Chinese headers, CRLF, quoted cells and no cell Excel would run', () => {
    const csv = verdictsCsv(verdictRows(rows, answers));
    expect(csv.startsWith('\uFEFF"行号","证书编号","姓名（脱敏）","核验结果"')).toBe(true);
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toBe(`"1","${good}","张*","有效","","电工","三级/高级工","2025-06-20"`);
    expect(lines[2]).toContain('"格式错误"');
    expect(lines[3]).toContain(`"'=*"`);
  });
});
