import { isOccupationCode, type OccupationCode, skillLevel } from '@tianfu/contracts';
import {
  accept,
  type CellParser,
  calendarDate,
  decimal,
  idTypeCell,
  listOf,
  oneOf,
  optional,
  reject,
  required,
  text,
  yesNo,
} from '@tianfu/sheets';
import {
  type CertifiedLevel,
  certifiedLevels,
  type Schooling,
  schoolings,
  type TitleGrade,
  titleGrades,
} from '@tianfu/skill-rules';

// The schooling routes of docs/domain.md §2.3 as people write them, and the English ids.
const schoolingNames: readonly [string, Schooling][] = [
  ['技工学校', 'technical-school'],
  ['技校', 'technical-school'],
  ['中等职业学校', 'secondary-vocational'],
  ['中职', 'secondary-vocational'],
  ['高级技工学校', 'senior-technical-school'],
  ['技师学院', 'technician-college'],
  ['技工院校高级工班', 'senior-worker-class'],
  ['高级工班', 'senior-worker-class'],
  ['经评估论证的高职', 'higher-vocational-assessed'],
  ['经评估论证的大专', 'higher-vocational-assessed'],
  ['高职', 'higher-vocational'],
  ['大专', 'higher-vocational'],
  ['高职/大专', 'higher-vocational'],
  ['本科及以上', 'bachelor-or-above'],
  ['本科', 'bachelor-or-above'],
  ['研究生', 'bachelor-or-above'],
  ['预备技师', 'preparatory-technician'],
];
const schoolingLabels = new Map<string, Schooling>([
  ...schoolingNames,
  ...schoolings.map((schooling): [string, Schooling] => [schooling, schooling]),
]);

const schoolingExpected = `${schoolingNames.map(([name]) => name).join('、')} or the English ids`;

const titleLabels = new Map<string, TitleGrade>([
  ['初级', 'junior'],
  ['中级', 'intermediate'],
  ['高级', 'senior'],
  ...titleGrades.map((grade): [string, TitleGrade] => [grade, grade]),
]);

// 五级, 初级工, 五级/初级工 and level5 all name the same level (docs/domain.md §1).
const levelLabels = new Map<string, CertifiedLevel>(
  certifiedLevels.flatMap((level) => {
    const { levelName, stepName, label } = skillLevel(level);
    const names = levelName === null ? [stepName, label] : [levelName, stepName, label];
    return [...names, level].map((name): [string, CertifiedLevel] => [name, level]);
  }),
);

const occupationCodeCell: CellParser<OccupationCode> = (code) =>
  isOccupationCode(code)
    ? accept(code)
    : reject('occupation_code', 'an occupation code is 大类-中类-小类-细类 like 4-12-01-01 (docs/domain.md §3.4)');

/**
 * The enrolment sheet's columns: who the candidate is and what they declare (docs/domain.md §2.3). Cells
 * translate labels and spreadsheet forms; the values are checked by the JSON route's schema.
 */
export const enrolmentColumns = {
  idType: optional(['证件类型', 'idType'], idTypeCell),
  idNumber: required(['证件号码', 'idNumber'], text),
  name: required(['姓名', 'name'], text),
  yearsInOccupation: required(
    ['累计年限', 'yearsInOccupation'],
    decimal({ min: 0, max: 60, format: 'years_format', range: 'years_range', what: '累计年限' }),
  ),
  apprenticeshipCompleted: optional(['学徒期满', 'apprenticeshipCompleted'], yesNo),
  schooling: optional(['学历', 'schooling'], listOf(schoolingLabels, 'schooling', schoolingExpected)),
  title: optional(['职称', 'title'], oneOf(titleLabels, 'title', '初级, 中级 or 高级 (junior, intermediate, senior)')),
  titleSince: optional(['职称取得日期', 'titleSince'], calendarDate),
  heldLevel: optional(
    ['已有等级', 'heldLevel'],
    oneOf(levelLabels, 'held_level', '五级…一级, 初级工…高级技师 or level5…level1'),
  ),
  heldLevelOccupation: optional(['已有等级职业编码', 'heldLevelOccupation'], occupationCodeCell),
  heldLevelSince: optional(['等级取得日期', 'heldLevelSince'], calendarDate),
  heldCertificateNo: optional(['证书编号', 'heldCertificateNo'], text),
  birthDate: optional(['出生日期', 'birthDate'], calendarDate),
};
