import { describe, expect, it } from 'vitest';
import { parseOccupationSheet, parseSpecialAbilitySheet, parseStandardSheet } from '../src/http/sheets/index.ts';

const sheet = (...lines: string[]) => Buffer.from(lines.join('\n'));

describe('catalogue sheets: each row parsed by its entry schema, every problem at its column', () => {
  it('reads English headers too; a code of four parts is an occupation, shorter ones are groups', () => {
    const read = parseOccupationSheet(
      sheet(
        'code,name,kind,digital,workTypes',
        '2-02,工程技术人员,,,',
        '2-02-38-01,人工智能工程技术人员,,yes,算法工程师、数据标注',
      ),
    );
    expect(read).toEqual({
      ok: true,
      rows: [
        { row: 2, entry: { entity: 'group', code: '2-02', name: '工程技术人员' } },
        {
          row: 3,
          entry: expect.objectContaining({
            entity: 'occupation',
            kind: 'professional',
            digital: true,
            green: false,
            workTypes: ['算法工程师', '数据标注'],
          }),
        },
      ],
    });
  });

  it('a 技能人员 is the default outside 大类 2; a kind, flag or date that is not one is named', () => {
    const read = parseOccupationSheet(
      sheet('编码,名称,类别,绿色职业,新职业发布日期', '6-31-01-03,电工,,,', '6-31-01-04,x,工人,也许,2022-13-01'),
    );
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((p) => [p.row, p.column, p.rule])).toEqual([
      [3, '类别', 'kind'],
      [3, '绿色职业', 'yes_no'],
      [3, '新职业发布日期', 'date_format'],
    ]);
  });

  it('reads levels as digits or names; a level name it does not know, or deviations that are not JSON, are named', () => {
    const header = '职业编码,版本,标准名称,等级,申报条件模板,申报条件偏差,施行日期';
    const read = parseStandardSheet(sheet(header, '6-31-01-03,2018,电工,五级、四级、高级技师,A,,2018-12-01'));
    expect(read.ok && read.rows[0]?.entry).toMatchObject({ levels: [5, 4, 1], template: 'A', deviations: [] });
    const bad = parseStandardSheet(sheet(header, '6-31-01-03,2018,电工,特级,A,{not json,2018-12-01'));
    expect(!bad.ok && bad.problems.map((p) => [p.column, p.rule])).toEqual([
      ['等级', 'levels'],
      ['申报条件偏差', 'deviations_json'],
    ]);
  });

  it('a 专项职业能力 without 发布地区 is the province’s own; a region outside Sichuan is named', () => {
    const header = '编码,名称,发布地区,相关职业编码,发布日期';
    const read = parseSpecialAbilitySheet(sheet(header, 'S51-0002,竹编,,,2021-01-01'));
    expect(read.ok && read.rows[0]?.entry).toMatchObject({ regionCode: null, occupationCode: null });
    const bad = parseSpecialAbilitySheet(sheet(header, 'S51-0002,竹编,110100,,2021-01-01'));
    expect(!bad.ok && bad.problems.map((p) => p.column)).toEqual(['发布地区']);
  });
});
