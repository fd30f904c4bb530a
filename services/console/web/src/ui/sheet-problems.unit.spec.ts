import { describe, expect, it } from 'vitest';
import { ALL_LINES_UP_TO, sheetLines, sheetProblemsOf } from './sheet-problems.ts';

const problem = (row: number, column = '证件号码', rule = 'id_checksum') => ({ row, column, rule, message: 'm' });

describe('the faults of a refused sheet (sheetProblemsOf)', () => {
  it('reads the problems of SHEET_ROWS_REJECTED', () => {
    const body = { code: 'SHEET_ROWS_REJECTED', status: 422, problems: [problem(3)] };
    expect(sheetProblemsOf(body)).toEqual([problem(3)]);
  });

  it('is null for any other refusal, which the page shows as a problem notice', () => {
    expect(sheetProblemsOf({ code: 'SESSION_CLOSED', status: 409 })).toBeNull();
    expect(sheetProblemsOf('Bad Gateway')).toBeNull();
  });
});

describe("the file's lines beside the faults (sheetLines)", () => {
  it('given a fault on line 3, when laid out, then line 3 carries it and the others none (a BOM and CRLF read as Excel writes them)', () => {
    const text = '\uFEFF证件号码,姓名\r\n510104199001010011,张三\r\n510104199001010022,李四\r\n';
    expect(sheetLines(text, [problem(3)])).toEqual([
      { line: 1, text: '证件号码,姓名', problems: [] },
      { line: 2, text: '510104199001010011,张三', problems: [] },
      { line: 3, text: '510104199001010022,李四', problems: [problem(3)] },
    ]);
  });

  it('given two faults on one line, then both stand beside it', () => {
    const lines = sheetLines('a,b\n1,2\n', [problem(2, 'a', 'x'), problem(2, 'b', 'y')]);
    expect(lines[1]?.problems.map((p) => p.rule)).toEqual(['x', 'y']);
  });

  it('given an empty sheet refused for no rows on line 2, then that line is shown though the file ends before it', () => {
    expect(sheetLines('a,b\r\n', [problem(2, '', 'no_rows')])).toEqual([
      { line: 1, text: 'a,b', problems: [] },
      { line: 2, text: '', problems: [problem(2, '', 'no_rows')] },
    ]);
  });

  it(`given more than ${ALL_LINES_UP_TO} lines, then only the header and the faulty lines`, () => {
    const text = ['h', ...Array.from({ length: ALL_LINES_UP_TO + 50 }, (_, i) => `row ${i + 2}`)].join('\n');
    const shown = sheetLines(text, [problem(120)]).map((l) => l.line);
    expect(shown).toEqual([1, 120]);
  });
});
