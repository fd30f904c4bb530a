import { residentIdNumber } from '@tianfu/testing';
import { describe, expect, it } from 'vitest';
import { parseScoreSheet, type SheetProblem, type SheetResult, sheetHash } from '../src/http/csv/index.ts';

const bom = '\uFEFF';
const csv = (...lines: string[]): Buffer => Buffer.from(lines.join('\n'));
const crlf = (...lines: string[]): Buffer => Buffer.from(lines.join('\r\n'));

function problemsOf<T>(result: SheetResult<T>): readonly SheetProblem[] {
  if (result.ok) throw new Error('expected problems, the sheet passed');
  return result.problems;
}

function rowsOf<T>(result: SheetResult<T>): readonly T[] {
  if (!result.ok) throw new Error(`expected rows, got ${JSON.stringify(result.problems)}`);
  return result.rows;
}

const residentId = (i: number): string => residentIdNumber(i);

describe('scores sheet: reading the file', () => {
  const expected = [
    { row: 2, candidate: { candidateId: 'A001' }, part: 'theory', score: 85.5 },
    { row: 3, candidate: { candidateId: 'A001' }, part: 'practical', score: 60 },
  ];

  it('given a sheet saved by Excel (BOM, CRLF, Chinese headers), when parsed, then every row is read', () => {
    const file = Buffer.from(`${bom}准考证号,科目,成绩\r\nA001,理论知识,85.5\r\nA001,操作技能,60\r\n`);
    expect(rowsOf(parseScoreSheet(file))).toEqual(expected);
  });

  it('given 准考证号 whose leading zeros Excel dropped (00007 saved as 7), when parsed, then they are restored', () => {
    const file = csv('准考证号,科目,成绩', '7,理论知识,80', '1234,理论知识,70', '00012,理论知识,60');
    expect(rowsOf(parseScoreSheet(file)).map((row) => row.candidate)).toEqual([
      { candidateId: '00007' },
      { candidateId: '01234' },
      { candidateId: '00012' },
    ]);
  });

  it('given no BOM, LF and English headers, when parsed, then the rows are the same', () => {
    expect(rowsOf(parseScoreSheet(csv('candidateId,part,score', 'A001,theory,85.5', 'A001,practical,60')))).toEqual(
      expected,
    );
  });

  it('given mixed headers in any case with spaces, when parsed, then they are matched', () => {
    const file = csv(' 准考证号 ,PART, Score', 'A001,理论,85.5', 'A001,操作,60');
    expect(rowsOf(parseScoreSheet(file))).toEqual(expected);
  });

  it('given blank lines, rows of empty cells and trailing empty lines, when parsed, then they are skipped and rows keep their line numbers', () => {
    const file = crlf('准考证号,科目,成绩', 'A001,理论,85.5', '', ',,', 'A002,理论,70', '', '', '');
    expect(rowsOf(parseScoreSheet(file)).map((r) => r.row)).toEqual([2, 5]);
  });

  it('given a quoted value across two lines, when a later row is bad, then its row is its starting line', () => {
    const file = csv('准考证号,科目,成绩', 'A001,"理论', '知识",85', 'A002,理论,x');
    expect(problemsOf(parseScoreSheet(file))).toEqual([
      expect.objectContaining({ row: 2, column: '科目', rule: 'part' }),
      expect.objectContaining({ row: 4, column: '成绩', rule: 'score_format' }),
    ]);
  });

  it('given a file that is not UTF-8 (GBK from Excel "CSV"), when parsed, then one encoding problem on row 1', () => {
    const gbk = Buffer.from([0xd7, 0xbc, 0xbf, 0xbc, 0xd6, 0xa4, 0xba, 0xc5, 0x0a, 0x41, 0x31]); // 准考证号\nA1
    expect(problemsOf(parseScoreSheet(gbk))).toEqual([
      expect.objectContaining({ row: 1, column: '', rule: 'encoding' }),
    ]);
  });

  it('given a quote never closed, when parsed, then a csv_syntax problem near where it opens', () => {
    const file = csv('准考证号,科目,成绩', 'A001,理论,85', 'A002,"理论,85', 'A003,理论,85');
    expect(problemsOf(parseScoreSheet(file))).toEqual([
      expect.objectContaining({ row: 3, column: '', rule: 'csv_syntax' }),
    ]);
  });

  it('given a row with more values than the header, when parsed, then column_count for that row', () => {
    const file = csv('准考证号,科目,成绩', 'A001,理论,85,extra', 'A002,理论,85,');
    expect(problemsOf(parseScoreSheet(file))).toEqual([
      expect.objectContaining({ row: 2, column: '', rule: 'column_count' }),
    ]);
  });

  it('given a header and no data rows, when parsed, then no_rows', () => {
    expect(problemsOf(parseScoreSheet(csv('准考证号,科目,成绩', '')))).toEqual([
      expect.objectContaining({ rule: 'no_rows' }),
    ]);
  });
});

describe('scores sheet: the header', () => {
  it('given an unknown column, when parsed, then unknown_column on row 1 names it as written', () => {
    const problems = problemsOf(parseScoreSheet(csv('准考证号,科目,成绩,备注', 'A001,理论,85,')));
    expect(problems).toEqual([expect.objectContaining({ row: 1, column: '备注', rule: 'unknown_column' })]);
  });

  it('given a required column missing, when parsed, then missing_column and no row is read', () => {
    const problems = problemsOf(parseScoreSheet(csv('准考证号,科目', 'A001,理论', 'A002,bad')));
    expect(problems).toEqual([expect.objectContaining({ row: 1, column: '成绩', rule: 'missing_column' })]);
  });

  it('given neither 准考证号 nor 证件号码, when parsed, then missing_column names both', () => {
    const [problem] = problemsOf(parseScoreSheet(csv('证件类型,科目,成绩', '护照,理论,85')));
    expect(problem).toMatchObject({ row: 1, rule: 'missing_column' });
    expect(problem?.message).toContain('准考证号');
    expect(problem?.message).toContain('证件号码');
  });

  it('given the same column in Chinese and English, when parsed, then duplicate_column on the second', () => {
    const problems = problemsOf(parseScoreSheet(csv('准考证号,科目,成绩,Score', 'A001,理论,85,85')));
    expect(problems).toEqual([expect.objectContaining({ row: 1, column: 'Score', rule: 'duplicate_column' })]);
  });
});

describe('scores sheet: parts and scores (docs/domain.md §2.2)', () => {
  it.each([
    ['理论知识', 'theory'],
    ['理论', 'theory'],
    ['Theory', 'theory'],
    ['操作技能', 'practical'],
    ['操作', 'practical'],
    ['practical', 'practical'],
    ['综合评审', 'review'],
    ['评审', 'review'],
    ['review', 'review'],
  ])('given part %s, when parsed, then the part is %s', (label, part) => {
    expect(rowsOf(parseScoreSheet(csv('准考证号,科目,成绩', `A001,${label},80`)))[0]?.part).toBe(part);
  });

  it('given an unknown part, when parsed, then the part rule', () => {
    expect(problemsOf(parseScoreSheet(csv('准考证号,科目,成绩', 'A001,笔试,80')))).toEqual([
      expect.objectContaining({ row: 2, column: '科目', rule: 'part' }),
    ]);
  });

  it.each([
    ['0', 0],
    ['100', 100],
    ['59.5', 59.5],
    ['85.50', 85.5],
  ])('given score %s, when parsed, then the score is %d: every part is marked out of 100', (text, score) => {
    expect(rowsOf(parseScoreSheet(csv('准考证号,科目,成绩', `A001,理论,${text}`)))[0]?.score).toBe(score);
  });

  it.each([
    ['100.5', 'score_range'],
    ['-1', 'score_range'],
    ['85.55', 'score_format'],
    ['八十', 'score_format'],
    ['85分', 'score_format'],
    ['', 'value_required'],
  ])('given score "%s", when parsed, then %s', (text, rule) => {
    expect(problemsOf(parseScoreSheet(csv('准考证号,科目,成绩', `A001,理论,${text}`)))).toEqual([
      expect.objectContaining({ row: 2, column: '成绩', rule }),
    ]);
  });
});

describe('scores sheet: who the candidate is (docs/domain.md §6.2–6.3)', () => {
  const header = '准考证号,证件类型,证件号码,科目,成绩';

  it('given only a 证件号码, when parsed, then a normalised 居民身份证 is the candidate', () => {
    const [row] = rowsOf(parseScoreSheet(csv(header, ',,11010519491231002x,理论,80')));
    expect(row?.candidate).toEqual({ idType: 'resident-id-card', idNumber: '11010519491231002X' });
  });

  it('given a 证件类型 by Chinese name or English id, when parsed, then the document has that type', () => {
    const rows = rowsOf(parseScoreSheet(csv(header, ',护照,e12345678,理论,80', ',passport,E87654321,理论,80')));
    expect(rows.map((r) => r.candidate)).toEqual([
      { idType: 'passport', idNumber: 'E12345678' },
      { idType: 'passport', idNumber: 'E87654321' },
    ]);
  });

  it('given a 准考证号 and a valid ID document, when parsed, then the 准考证号 identifies', () => {
    const [row] = rowsOf(parseScoreSheet(csv(header, 'A001,,440524188001010014,理论,80')));
    expect(row?.candidate).toEqual({ candidateId: 'A001' });
  });

  it.each([
    ['110105194912310021', 'id_checksum'],
    ['11010519491331002X', 'id_date'],
    ['1101051949', 'id_format'],
  ])('given 证件号码 %s, when parsed, then %s and the message holds no ID number', (idNumber, rule) => {
    const [problem] = problemsOf(parseScoreSheet(csv(header, `,,${idNumber},理论,80`)));
    expect(problem).toMatchObject({ row: 2, column: '证件号码', rule });
    expect(problem?.message).not.toMatch(/\d{6}/);
  });

  it('given an unknown 证件类型, when parsed, then id_type', () => {
    expect(problemsOf(parseScoreSheet(csv(header, ',驾驶证,440524188001010014,理论,80')))).toEqual([
      expect.objectContaining({ column: '证件类型', rule: 'id_type' }),
    ]);
  });

  it('given a row with neither 准考证号 nor 证件号码, when parsed, then candidate_missing', () => {
    expect(problemsOf(parseScoreSheet(csv(header, ',居民身份证,,理论,80')))).toEqual([
      expect.objectContaining({ row: 2, column: '准考证号', rule: 'candidate_missing' }),
    ]);
  });

  it('given a 准考证号 with spaces or symbols inside, when parsed, then candidate_id_format', () => {
    expect(problemsOf(parseScoreSheet(csv(header, 'A 001,,,理论,80')))).toEqual([
      expect.objectContaining({ column: '准考证号', rule: 'candidate_id_format' }),
    ]);
  });
});

describe('scores sheet: repeated rows and whole-file reporting', () => {
  it('given the same candidate and part twice, when parsed, then duplicate_row cites the earlier row', () => {
    const file = csv('准考证号,科目,成绩', 'A001,理论,80', 'A001,操作,70', 'A001,理论知识,81');
    const [problem] = problemsOf(parseScoreSheet(file));
    expect(problem).toMatchObject({ row: 4, column: '准考证号', rule: 'duplicate_row' });
    expect(problem?.message).toContain('row 2');
  });

  it('given the same 居民身份证号 written with x and X, when parsed, then it is the same candidate', () => {
    const file = csv('证件号码,科目,成绩', '11010519491231002x,理论,80', '11010519491231002X,理论,80');
    expect(problemsOf(parseScoreSheet(file))).toEqual([
      expect.objectContaining({ row: 3, column: '证件号码', rule: 'duplicate_row' }),
    ]);
  });

  it('given several bad rows, when parsed, then every one is reported in file order', () => {
    const file = csv('准考证号,科目,成绩', 'A001,理论,101', 'A002,理论,80', 'A003,笔试,80', ',理论,80');
    expect(problemsOf(parseScoreSheet(file)).map((p) => [p.row, p.rule])).toEqual([
      [2, 'score_range'],
      [4, 'part'],
      [5, 'candidate_missing'],
    ]);
  });

  it('given 10,000 rows with one bad row, when parsed, then exactly that row is reported', () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => `${residentId(i)},操作技能,${(i % 1000) / 10}`);
    const good = residentId(7_321);
    lines[7_321] = `${good.slice(0, 17)}${good.endsWith('0') ? '1' : '0'},操作技能,80`;
    const problems = problemsOf(parseScoreSheet(crlf('证件号码,科目,成绩', ...lines)));
    expect(problems).toEqual([expect.objectContaining({ row: 7_323, column: '证件号码' })]);
  });

  it('given 10,000 good rows, when parsed, then all are read', () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => `A${i},理论,${(i % 1000) / 10}`);
    expect(rowsOf(parseScoreSheet(csv('准考证号,科目,成绩', ...lines)))).toHaveLength(10_000);
  });

  it('given 10,001 rows, when parsed, then a single too_many_rows problem', () => {
    const lines = Array.from({ length: 10_001 }, (_, i) => `A${i},笔试,bad`);
    expect(problemsOf(parseScoreSheet(csv('准考证号,科目,成绩', ...lines)))).toEqual([
      expect.objectContaining({ row: 1, column: '', rule: 'too_many_rows' }),
    ]);
  });
});

describe('scores sheet: files built to exhaust the server', () => {
  it('given 30,000 rows of empty cells before a row, when parsed, then too_many_rows, read no further', () => {
    const file = Buffer.from(`准考证号,科目,成绩${'\n,,'.repeat(30_000)}\nA001,理论,80`);
    expect(problemsOf(parseScoreSheet(file))).toEqual([
      expect.objectContaining({ row: 1, column: '', rule: 'too_many_rows' }),
    ]);
  });

  it('given a million line breaks before one character, when hashed, then the hash is found (no regex backtracking)', () => {
    expect(sheetHash(Buffer.from(`${'\n'.repeat(1_000_000)}x`))).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('scores sheet: the file hash (a second upload of the same sheet is a no-op)', () => {
  const lines = ['准考证号,科目,成绩', 'A001,理论,85.5', 'A001,操作,60'];

  it('given the same sheet with BOM and CRLF, with LF, or with trailing empty lines, then the hash is the same', () => {
    const hashes = new Set([
      sheetHash(Buffer.from(`${bom}${lines.join('\r\n')}\r\n`)),
      sheetHash(Buffer.from(lines.join('\n'))),
      sheetHash(Buffer.from(`${lines.join('\n')}\n\n`)),
    ]);
    expect(hashes.size).toBe(1);
    expect([...hashes][0]).toMatch(/^[0-9a-f]{64}$/);
  });

  it('given one changed score, then the hash differs', () => {
    const changed = [...lines.slice(0, 2), 'A001,操作,61'];
    expect(sheetHash(Buffer.from(changed.join('\n')))).not.toBe(sheetHash(Buffer.from(lines.join('\n'))));
  });
});
