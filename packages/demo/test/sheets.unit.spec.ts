import { describe, expect, it } from 'vitest';
import { enrolmentSheet, scoreRows, scoreSheet } from '../src/sheets.ts';

const person = {
  document: { idType: 'resident-id-card' as const, idNumber: '513101198201130014' },
  name: '扎西多吉',
  sex: 'male' as const,
  birthDate: '1982-01-13',
};

describe('CSV sheets for the assessment service', () => {
  it('writes one enrolment row per candidate with the level they declare', () => {
    const sheet = enrolmentSheet([
      {
        person,
        background: {
          yearsInOccupation: 9,
          heldLevels: [{ level: 'level4', occupationCode: '6-31-01-03', obtainedOn: '2018-06-30' }],
        },
      },
      { person: { ...person, name: '阿苦, "日布"' }, background: { yearsInOccupation: 2 } },
    ]);
    expect(sheet.split('\r\n')).toEqual([
      '证件号码,姓名,累计年限,已有等级,已有等级职业编码,等级取得日期',
      '513101198201130014,扎西多吉,9,四级/中级工,6-31-01-03,2018-06-30',
      '513101198201130014,"阿苦, ""日布""",2,,,',
      '',
    ]);
  });

  it('writes one score row per part', () => {
    const sheet = scoreSheet([
      { idNumber: person.document.idNumber, part: 'theory', score: 71.5 },
      { idNumber: person.document.idNumber, part: 'review', score: 60 },
    ]);
    expect(sheet).toBe('证件号码,科目,成绩\r\n513101198201130014,理论知识,71.5\r\n513101198201130014,综合评审,60\r\n');
  });

  it('makes a score row of each part a candidate was marked in, and none of an absentee or a note', () => {
    const absent = { ...person, document: { ...person.document, idNumber: '51310119820113003X' } };
    const rows = scoreRows([
      { person, scores: { theory: 71.5, practical: 58, reason: '复核' } },
      { person: absent, scores: null },
    ]);
    expect(rows).toEqual([
      { idNumber: person.document.idNumber, part: 'theory', score: 71.5 },
      { idNumber: person.document.idNumber, part: 'practical', score: 58 },
    ]);
  });
});
