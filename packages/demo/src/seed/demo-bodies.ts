import { randomFor } from '@tianfu/testing';
import type { BodyCategory, CertifiedLevel, NewBody } from '../api-types.ts';
import { bodyFilingNo, unifiedSocialCreditCode } from '../bodies/body-codes.ts';
import { type DemoOccupation, demoOccupations as o } from './demo-occupations.ts';

export interface DemoFiling {
  readonly occupation: DemoOccupation;
  readonly levels: readonly CertifiedLevel[];
}

/** An evaluation body of the demo: where it is, what it filed (备案), and its place in the 备案号. */
export interface DemoBody {
  readonly bodyId: string;
  readonly name: string;
  readonly category: BodyCategory;
  readonly regionCode: string;
  readonly countyCode: string;
  /** Positions 8–13 of the 备案号, set by the provincial 人社厅. */
  readonly sequence: number;
  readonly filings: readonly DemoFiling[];
}

const fiveToThree: CertifiedLevel[] = ['level5', 'level4', 'level3'];
const fiveToTwo: CertifiedLevel[] = ['level5', 'level4', 'level3', 'level2'];
const all: CertifiedLevel[] = ['level5', 'level4', 'level3', 'level2', 'level1'];
const fourToOne: CertifiedLevel[] = ['level4', 'level3', 'level2', 'level1'];

/** Bodies in eight 市(州), 甘孜, 阿坝 and 凉山 among them; employers run their own staff's exams. */
export const demoBodies: readonly DemoBody[] = [
  {
    bodyId: 'cd-tianfu-skills-centre',
    name: '四川天府职业技能评价中心',
    category: 'social-organisation',
    regionCode: '510100',
    countyCode: '510107',
    sequence: 1021,
    filings: [
      { occupation: o.electrician, levels: fiveToTwo },
      { occupation: o.networkSecurity, levels: fiveToTwo },
      { occupation: o.elderlyCare, levels: fiveToThree },
    ],
  },
  {
    bodyId: 'cd-tianfu-technician-college',
    name: '成都天府技师学院',
    category: 'technical-college',
    regionCode: '510100',
    countyCode: '510116',
    sequence: 1034,
    filings: [
      { occupation: o.latheOperator, levels: fiveToThree },
      { occupation: o.electrician, levels: fiveToThree },
      { occupation: o.cook, levels: fiveToThree },
      { occupation: o.autoRepair, levels: fiveToThree },
    ],
  },
  {
    bodyId: 'cd-sichuan-cuisine-centre',
    name: '成都川菜烹饪职业技能评价中心',
    category: 'social-organisation',
    regionCode: '510100',
    countyCode: '510105',
    sequence: 1047,
    filings: [{ occupation: o.cook, levels: all }],
  },
  {
    bodyId: 'my-science-city-centre',
    name: '绵阳科技城职业技能评价中心',
    category: 'social-organisation',
    regionCode: '510700',
    countyCode: '510703',
    sequence: 2013,
    filings: [
      { occupation: o.networkSecurity, levels: fiveToTwo },
      { occupation: o.electrician, levels: fiveToThree },
    ],
  },
  {
    bodyId: 'dy-dongfang-heavy-equipment',
    name: '德阳东方重型装备有限公司',
    category: 'employer',
    regionCode: '510600',
    countyCode: '510603',
    sequence: 2108,
    filings: [
      { occupation: o.welder, levels: fourToOne },
      { occupation: o.latheOperator, levels: fourToOne },
      { occupation: o.electrician, levels: fourToOne },
    ],
  },
  {
    bodyId: 'pzh-vanadium-titanium-steel',
    name: '攀枝花钒钛钢铁有限公司',
    category: 'employer',
    regionCode: '510400',
    countyCode: '510402',
    sequence: 2215,
    filings: [
      { occupation: o.welder, levels: fourToOne },
      { occupation: o.electrician, levels: fourToOne },
    ],
  },
  {
    bodyId: 'yb-sanjiang-skills-centre',
    name: '宜宾三江职业技能评价中心',
    category: 'social-organisation',
    regionCode: '511500',
    countyCode: '511502',
    sequence: 3006,
    filings: [
      { occupation: o.cook, levels: fiveToTwo },
      { occupation: o.elderlyCare, levels: fiveToThree },
      // 宜宾's tea (川茶): occupations the catalogue brought, filed like the six.
      { occupation: o.teaProcessor, levels: fiveToThree },
      { occupation: o.teaTaster, levels: fiveToThree },
    ],
  },
  {
    bodyId: 'ls-jiazhou-care-centre',
    name: '乐山嘉州养老服务职业技能评价站',
    category: 'social-organisation',
    regionCode: '511100',
    countyCode: '511102',
    sequence: 3102,
    filings: [{ occupation: o.elderlyCare, levels: fiveToTwo }],
  },
  {
    bodyId: 'gz-kangding-vocational-school',
    name: '甘孜州康定职业技术学校',
    category: 'technical-college',
    regionCode: '513300',
    countyCode: '513301',
    sequence: 4011,
    filings: [
      { occupation: o.cook, levels: fiveToThree },
      { occupation: o.elderlyCare, levels: ['level5', 'level4'] },
      { occupation: o.electrician, levels: ['level5', 'level4'] },
    ],
  },
  {
    bodyId: 'ab-wenchuan-technical-school',
    name: '阿坝州汶川技工学校',
    category: 'technical-college',
    regionCode: '513200',
    countyCode: '513221',
    sequence: 4105,
    filings: [
      { occupation: o.electrician, levels: fiveToThree },
      { occupation: o.cook, levels: fiveToThree },
    ],
  },
  {
    bodyId: 'ls-xichang-skills-centre',
    name: '凉山州西昌职业技能评价中心',
    category: 'social-organisation',
    regionCode: '513400',
    countyCode: '513401',
    sequence: 4203,
    filings: [
      { occupation: o.welder, levels: fiveToThree },
      { occupation: o.elderlyCare, levels: fiveToThree },
      { occupation: o.electrician, levels: fiveToThree },
    ],
  },
];

/** What the authority registers for the body: its 备案号 and a valid 统一社会信用代码. */
export function registrationOf(body: DemoBody): NewBody {
  const { bodyId, name, category, regionCode, countyCode, sequence } = body;
  const creditCode = unifiedSocialCreditCode(randomFor(`credit-code:${bodyId}`), category, countyCode);
  return { bodyId, filingNo: bodyFilingNo(category, sequence), name, creditCode, regionCode, category };
}

export const demoBody = (bodyId: string): DemoBody => {
  const body = demoBodies.find((b) => b.bodyId === bodyId);
  if (body === undefined) throw new RangeError(`no demo body ${bodyId}`);
  return body;
};
