import { describe, expect, it } from 'vitest';
import { enrolmentTemplate, scoreTemplate } from './sheet-templates.ts';

describe('the sheet templates', () => {
  it('an enrolment template is a BOM, the headers the API reads, and no rows', () => {
    const text = enrolmentTemplate();
    expect(text.startsWith('\uFEFF"证件类型","证件号码","姓名",')).toBe(true);
    expect(text.trimEnd().split('\r\n')).toHaveLength(1);
  });

  it('a score template has a row per candidate and part, the marks empty', () => {
    const lines = scoreTemplate(['00001', '00002'], ['theory', 'practical']).trimEnd().split('\r\n');
    expect(lines).toEqual([
      '\uFEFF"准考证号","证件类型","证件号码","科目","成绩"',
      '"00001","","","理论知识",""',
      '"00001","","","操作技能",""',
      '"00002","","","理论知识",""',
      '"00002","","","操作技能",""',
    ]);
  });
});
