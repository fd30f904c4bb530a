// A made-up but 大典-shaped catalogue of a fixed size, the same on every run: 8 大类 × 5 中类 ×
// 5 小类 × 10 细类 = 2,000 occupations, every other one with two 工种 (3,000 in all), and one
// standard version each.

const fields = ['电力', '机械', '数控', '化工', '食品', '纺织', '建筑', '汽车', '电子', '茶叶'];
const moreFields = ['竹编', '川菜', '养老', '物流', '农业', '林业', '水利', '冶金', '仪表', '信息'];
const objects = ['设备', '系统', '材料', '工艺', '产品', '装置', '部件', '线路', '仪器', '器械'];
const trades = ['操作工', '装调工', '维修工', '检验员', '设计师', '技术员', '护理员', '加工工', '制作工', '管理员'];

export const OCCUPATIONS = 2_000;
export const WORK_TYPES = 3_000;
export const STANDARDS = 2_000;

const two = (n: number) => String(n).padStart(2, '0');
const pick = (list: readonly string[], n: number) => list[n % list.length] as string;

export interface BenchOccupation {
  readonly code: string;
  readonly name: string;
  readonly workTypes: readonly string[];
}

/** The i-th occupation (0 … 1,999): code, a unique name, and one or two 工种. */
export function benchOccupation(i: number): BenchOccupation {
  const [major, middle, minor, unit] = [
    Math.floor(i / 250) + 1,
    (Math.floor(i / 50) % 5) + 1,
    (Math.floor(i / 10) % 5) + 1,
    (i % 10) + 1,
  ];
  const field = pick([...fields, ...moreFields], Math.floor(i / 100));
  const name = `${field}${pick(objects, Math.floor(i / 10))}${pick(trades, i)}`;
  const workTypes = i % 2 === 0 ? [`${name}（初装）`, `${name}（检修）`] : [`${name}（综合）`];
  return { code: `${major}-${two(middle)}-${two(minor)}-${two(unit)}`, name, workTypes };
}

/** The 大典 sheet: every group above the occupations, then the occupations. */
export function occupationsCsv(): string {
  const rows = ['编码,名称,工种'];
  for (let major = 1; major <= 8; major++) {
    rows.push(`${major},第${major}大类,`);
    for (let middle = 1; middle <= 5; middle++) {
      rows.push(`${major}-${two(middle)},第${major}大类第${middle}中类,`);
      for (let minor = 1; minor <= 5; minor++)
        rows.push(`${major}-${two(middle)}-${two(minor)},第${major}-${middle}中类第${minor}小类,`);
    }
  }
  for (let i = 0; i < OCCUPATIONS; i++) {
    const { code, name, workTypes } = benchOccupation(i);
    rows.push(`${code},${name},${workTypes.join('；')}`);
  }
  return rows.join('\n');
}

/** One standard version per occupation, years 2018–2023, level sets and templates varied. */
export function standardsCsv(): string {
  const rows = ['职业编码,版本,标准名称,等级,申报条件模板,施行日期'];
  for (let i = 0; i < STANDARDS; i++) {
    const { code, name } = benchOccupation(i);
    const year = 2018 + (i % 6);
    const levels = i % 3 === 0 ? '5;4;3' : '5;4;3;2;1';
    rows.push(
      `${code},${year},国家职业技能标准 ${name}（${year}年版）,${levels},${i % 2 === 0 ? 'A' : 'B'},${year}-10-01`,
    );
  }
  return rows.join('\n');
}

/** Name fragments a user would type, each matching some occupations or 工种: the search load. */
export const searchTerms: readonly string[] = [
  ...fields,
  ...moreFields,
  ...objects,
  ...trades,
  '检修',
  '设备维修',
  '川菜工艺',
  '不存在的职业',
];
