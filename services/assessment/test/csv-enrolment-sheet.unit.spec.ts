import { residentIdNumber } from '@tianfu/testing';
import { describe, expect, it } from 'vitest';
import { type EnrolmentRow, parseEnrolmentSheet, type SheetProblem, sheetHash } from '../src/http/csv/index.ts';

const occupationCode = '6-31-01-03';
const otherOccupation = '6-20-01-01';
const bom = '\uFEFF';
const csv = (...lines: string[]): Buffer => Buffer.from(lines.join('\n'));
const parse = (file: Buffer) => parseEnrolmentSheet(file, { occupationCode });

function rowsOf(file: Buffer): readonly EnrolmentRow[] {
  const result = parse(file);
  if (!result.ok) throw new Error(`expected rows, got ${JSON.stringify(result.problems)}`);
  return result.rows;
}

function problemsOf(file: Buffer): readonly SheetProblem[] {
  const result = parse(file);
  if (result.ok) throw new Error('expected problems, the sheet passed');
  return result.problems;
}

const residentId = (i: number): string => residentIdNumber(i);

const minimal = '证件号码,姓名,累计年限';
const background = (row: EnrolmentRow | undefined) => row?.background;

describe('enrolment sheet: reading the file', () => {
  const full = [
    '证件类型,证件号码,姓名,累计年限,学徒期满,学历,职称,职称取得日期,已有等级,已有等级职业编码,等级取得日期,证书编号,出生日期',
    '居民身份证,440524188001010014,张三,6.5,是,技工学校、高职,中级,2020-01-05,四级,,2019-05-01,S000051001064194000001,',
  ];

  it('given a sheet saved by Excel (BOM, CRLF, Chinese headers), when parsed, then the candidate and background are read', () => {
    const [row] = rowsOf(Buffer.from(`${bom}${full.join('\r\n')}\r\n`));
    expect(row).toEqual({
      row: 2,
      document: { idType: 'resident-id-card', idNumber: '440524188001010014' },
      name: '张三',
      background: {
        birthDate: '1880-01-01',
        yearsInOccupation: 6.5,
        apprenticeshipCompleted: true,
        schooling: ['technical-school', 'higher-vocational'],
        title: { grade: 'intermediate', since: '2020-01-05' },
        heldLevels: [
          {
            level: 'level4',
            occupationCode,
            obtainedOn: '2019-05-01',
            source: 'declared',
            certificateNo: 'S000051001064194000001',
          },
        ],
      },
    });
  });

  it('given English headers and only the required columns, when parsed, then the defaults apply (docs/domain.md §6.2: birth date from the number)', () => {
    const [row] = rowsOf(csv('idNumber,name,yearsInOccupation', '11010519491231002x,李四,0'));
    expect(row).toEqual({
      row: 2,
      document: { idType: 'resident-id-card', idNumber: '11010519491231002X' },
      name: '李四',
      background: {
        birthDate: '1949-12-31',
        yearsInOccupation: 0,
        apprenticeshipCompleted: false,
        schooling: [],
        title: null,
        heldLevels: [],
      },
    });
  });

  it('given mixed Chinese and English headers in any case, when parsed, then they are matched', () => {
    const [row] = rowsOf(csv('IDNUMBER,姓名,YearsInOccupation,学历', '513101198201130014,王五,3,bachelor-or-above'));
    expect(background(row)?.schooling).toEqual(['bachelor-or-above']);
  });

  it('given unknown, duplicate and missing columns, when parsed, then all are reported on row 1', () => {
    expect(problemsOf(csv('证件号码,Name,姓名,备注', '513101198201130014,王五,王五,'))).toEqual([
      expect.objectContaining({ row: 1, column: '姓名', rule: 'duplicate_column' }),
      expect.objectContaining({ row: 1, column: '备注', rule: 'unknown_column' }),
      expect.objectContaining({ row: 1, column: '累计年限', rule: 'missing_column' }),
    ]);
  });

  it('given an occupation code that is none, when parsing is asked for, then it throws', () => {
    expect(() => parseEnrolmentSheet(csv(minimal, '513101198201130014,王五,3'), { occupationCode: '631' })).toThrow(
      RangeError,
    );
  });
});

describe('enrolment sheet: the ID document (docs/domain.md §6.2–6.3)', () => {
  it('given a passport, when parsed, then no checksum is run and the declared birth date is kept', () => {
    const [row] = rowsOf(csv('证件类型,证件号码,姓名,累计年限,出生日期', '护照,e1234567,John Smith,2,1990-04-01'));
    expect(row?.document).toEqual({ idType: 'passport', idNumber: 'E1234567' });
    expect(background(row)?.birthDate).toBe('1990-04-01');
  });

  it('given a passport and no birth date, when parsed, then the birth date is unknown', () => {
    expect(
      background(rowsOf(csv('证件类型,证件号码,姓名,累计年限', 'passport,E1234567,Ann,2'))[0])?.birthDate,
    ).toBeNull();
  });

  it.each([
    ['110105194912310021', 'id_checksum'],
    ['11010519491331002X', 'id_date'],
    ['11010519491231', 'id_format'],
  ])('given 居民身份证号 %s, when parsed, then %s and the message holds no ID number', (idNumber, rule) => {
    const [problem] = problemsOf(csv(minimal, `${idNumber},王五,3`));
    expect(problem).toMatchObject({ row: 2, column: '证件号码', rule });
    expect(problem?.message).not.toMatch(/\d{6}/);
  });

  it('given an unknown 证件类型, when parsed, then id_type', () => {
    expect(problemsOf(csv(`证件类型,${minimal}`, '军官证,513101198201130014,王五,3'))).toEqual([
      expect.objectContaining({ column: '证件类型', rule: 'id_type' }),
    ]);
  });

  it('given a declared birth date that agrees with the number, when parsed, then it passes', () => {
    const [row] = rowsOf(csv(`${minimal},出生日期`, '513101198201130014,王五,3,1982/1/13'));
    expect(background(row)?.birthDate).toBe('1982-01-13');
  });

  it('given a declared birth date that differs from the number, when parsed, then birth_date_conflict', () => {
    expect(problemsOf(csv(`${minimal},出生日期`, '513101198201130014,王五,3,1982-01-14'))).toEqual([
      expect.objectContaining({ row: 2, column: '出生日期', rule: 'birth_date_conflict' }),
    ]);
  });

  it('given the same person twice (x and X), when parsed, then duplicate_row cites the earlier row', () => {
    const [problem] = problemsOf(
      csv(minimal, '11010519491231002x,李四,1', '513101198201130014,王五,3', '11010519491231002X,李四,1'),
    );
    expect(problem).toMatchObject({ row: 4, column: '证件号码', rule: 'duplicate_row' });
    expect(problem?.message).toContain('row 2');
  });
});

describe('enrolment sheet: the declared background (docs/domain.md §2.3)', () => {
  const one = (header: string, cells: string) => csv(`${minimal},${header}`, `513101198201130014,王五,3,${cells}`);
  const rule = (header: string, cells: string) => problemsOf(one(header, cells)).map((p) => [p.column, p.rule]);

  it.each([
    ['名字超长'.repeat(13), 'name_length'],
    ['"王\n五"', 'name_format'],
  ])('given name %s, when parsed, then %s', (name, expected) => {
    expect(problemsOf(csv(minimal, `513101198201130014,${name},3`))).toEqual([
      expect.objectContaining({ column: '姓名', rule: expected }),
    ]);
  });

  it('given a name of 50 characters, when parsed, then it passes', () => {
    expect(rowsOf(csv(minimal, `513101198201130014,${'王'.repeat(50)},3`))[0]?.name).toHaveLength(50);
  });

  it.each([
    ['60.5', 'years_range'],
    ['-1', 'years_range'],
    ['1.25', 'years_format'],
    ['三年', 'years_format'],
    ['', 'value_required'],
  ])('given 累计年限 "%s", when parsed, then %s', (years, expected) => {
    expect(problemsOf(csv(minimal, `513101198201130014,王五,${years}`))).toEqual([
      expect.objectContaining({ column: '累计年限', rule: expected }),
    ]);
  });

  it.each([
    ['是', true],
    ['否', false],
    ['YES', true],
    ['no', false],
    ['true', true],
    ['False', false],
    ['1', true],
    ['0', false],
    ['', false],
  ])('given 学徒期满 "%s", when parsed, then %s', (cell, expected) => {
    expect(background(rowsOf(one('学徒期满', cell))[0])?.apprenticeshipCompleted).toBe(expected);
  });

  it('given 学徒期满 "maybe", when parsed, then yes_no', () => {
    expect(rule('学徒期满', 'maybe')).toEqual([['学徒期满', 'yes_no']]);
  });

  it('given 学历 listed with ; 、 and English ids, repeats included, when parsed, then each once', () => {
    const row = rowsOf(one('学历', '技工学校;技师学院、technical-school；预备技师'))[0];
    expect(background(row)?.schooling).toEqual(['technical-school', 'technician-college', 'preparatory-technician']);
  });

  it('given an unknown 学历, when parsed, then schooling', () => {
    expect(rule('学历', '技工学校;幼儿园')).toEqual([['学历', 'schooling']]);
  });

  it.each([
    ['初级', 'junior'],
    ['中级', 'intermediate'],
    ['高级', 'senior'],
    ['Senior', 'senior'],
  ])('given 职称 %s with its date, when parsed, then the title is %s', (cell, grade) => {
    const row = rowsOf(one('职称,职称取得日期', `${cell},2018-07-01`))[0];
    expect(background(row)?.title).toEqual({ grade, since: '2018-07-01' });
  });

  it('given a 职称 without its date, when parsed, then title_since_required', () => {
    expect(rule('职称,职称取得日期', '中级,')).toEqual([['职称取得日期', 'title_since_required']]);
  });

  it('given a 职称 and no date column at all, when parsed, then title_since_required names the missing column', () => {
    expect(rule('title', 'junior')).toEqual([['职称取得日期', 'title_since_required']]);
  });

  it('given a date without a 职称, when parsed, then title_required', () => {
    expect(rule('职称,职称取得日期', ',2018-07-01')).toEqual([['职称', 'title_required']]);
  });

  it('given an unknown 职称, when parsed, then title', () => {
    expect(rule('职称,职称取得日期', '正处级,2018-07-01')).toEqual([['职称', 'title']]);
  });

  it.each([
    ['2021-02-29', 'not a real day'],
    ['2021-13-01', 'no month 13'],
    ['01/07/2018', 'day first'],
    ['0218-07-01', 'a year typed short'],
  ])('given date %s (%s), when parsed, then date_format', (date) => {
    expect(rule('职称,职称取得日期', `中级,${date}`)).toEqual([['职称取得日期', 'date_format']]);
  });
});

describe('enrolment sheet: a level already held (docs/domain.md §1, §2.3, §3.2)', () => {
  const header = `${minimal},已有等级,已有等级职业编码,等级取得日期,证书编号`;
  const one = (cells: string) => csv(header, `513101198201130014,王五,3,${cells}`);
  const heldLevels = (cells: string) => background(rowsOf(one(cells))[0])?.heldLevels;
  const rules = (cells: string) => problemsOf(one(cells)).map((p) => [p.column, p.rule]);

  it.each([
    ['五级', 'level5'],
    ['初级工', 'level5'],
    ['level5', 'level5'],
    ['三级/高级工', 'level3'],
    ['技师', 'level2'],
    ['一级', 'level1'],
    ['高级技师', 'level1'],
  ])('given 已有等级 %s, when parsed, then the level is %s', (cell, level) => {
    expect(heldLevels(`${cell},,2015-03-01,`)?.[0]?.level).toBe(level);
  });

  it("given no occupation code, when parsed, then the level is in the session's occupation; given one, then in that", () => {
    expect(heldLevels('四级,,2015-03-01,')?.[0]).toMatchObject({ occupationCode, certificateNo: null });
    expect(heldLevels(`四级,${otherOccupation},2015-03-01,`)?.[0]?.occupationCode).toBe(otherOccupation);
  });

  it('given a level with a matching 证书编号, when parsed, then the number is kept', () => {
    expect(heldLevels('四级,,2019-05-01,s000051001064194000001')?.[0]?.certificateNo).toBe('S000051001064194000001');
  });

  it('given a 证书编号 whose level digit is another level, when parsed, then certificate_level', () => {
    expect(rules('三级,,2019-05-01,S000051001064194000001')).toEqual([['证书编号', 'certificate_level']]);
  });

  it('given a 证书编号 of no known form, when parsed, then certificate_no', () => {
    expect(rules('四级,,2019-05-01,ABC123')).toEqual([['证书编号', 'certificate_no']]);
  });

  it('given a level without its date, when parsed, then held_level_since_required', () => {
    expect(rules('四级,,,')).toEqual([['等级取得日期', 'held_level_since_required']]);
  });

  it('given a date or certificate without a level, when parsed, then held_level_required', () => {
    expect(rules(',,2019-05-01,')).toEqual([['已有等级', 'held_level_required']]);
  });

  it('given an unknown level or occupation code, when parsed, then held_level and occupation_code', () => {
    expect(rules('特级技师,6310103,2019-05-01,')).toEqual([
      ['已有等级', 'held_level'],
      ['已有等级职业编码', 'occupation_code'],
    ]);
  });
});

describe('enrolment sheet: 10,000 rows', () => {
  const lines = Array.from({ length: 10_000 }, (_, i) => `${residentId(i)},考生${i},${i % 30},技工学校`);

  it('given 10,000 rows with one bad row, when parsed, then exactly that row is reported', () => {
    const withBad = lines.with(4_567, `${residentId(4_567)},考生,61,技工学校`);
    expect(problemsOf(csv(`${minimal},学历`, ...withBad))).toEqual([
      expect.objectContaining({ row: 4_569, column: '累计年限', rule: 'years_range' }),
    ]);
  });

  it('given 10,000 good rows, when parsed, then all are read', () => {
    expect(rowsOf(csv(`${minimal},学历`, ...lines))).toHaveLength(10_000);
  });

  it('given 10,001 rows, when parsed, then a single too_many_rows problem', () => {
    expect(problemsOf(csv(`${minimal},学历`, ...lines, lines[0] ?? ''))).toEqual([
      expect.objectContaining({ row: 1, rule: 'too_many_rows' }),
    ]);
  });

  it('given the same sheet with BOM and CRLF or without, then its hash is the same', () => {
    const windows = Buffer.from(`${bom}${[minimal, ...lines].join('\r\n')}\r\n`);
    expect(sheetHash(windows)).toBe(sheetHash(csv(minimal, ...lines)));
  });
});
