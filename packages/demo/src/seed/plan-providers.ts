import { randomFor } from '@tianfu/testing';
import type { BodyCategory, NewProvider, ProviderGrading, TrainingItem } from '../api-types.ts';
import { unifiedSocialCreditCode } from '../bodies/body-codes.ts';
import { demoOccupations as o } from './demo-occupations.ts';

/** A training provider of the demo: who registers it, its 等级评估 if any, and whether supervision suspended it. */
export interface DemoProvider {
  readonly provider: NewProvider;
  readonly grading: ProviderGrading | null;
  readonly suspension: string | null;
}

const occupation = (code: string): TrainingItem => ({ kind: 'occupation', code });
const ability = (code: string): TrainingItem => ({ kind: 'special-ability', code });
// The catalogue seed's 专项职业能力 (data/catalogue/special-abilities.csv).
export const sichuanCuisine = ability('S51-0001');
const bambooWeaving = ability('S51-0002');
const sichuanTea = ability('S51-0004');

// Public bodies are 事业单位 (12), private institutions 社会服务机构 (52), the rest enterprises (91).
const registrarOf = (kind: NewProvider['kind']): BodyCategory =>
  kind === 'private-training-institution'
    ? 'social-organisation'
    : kind === 'enterprise-training-centre' || kind === 'cross-enterprise-training-centre' || kind === 'online-platform'
      ? 'employer'
      : 'technical-college';

const grade = (grade: ProviderGrading['grade'], gradedOn: string): ProviderGrading => ({
  grade,
  gradedOn,
  assessor: '四川省人力资源和社会保障厅职业能力建设处',
  validUntil: `${Number(gradedOn.slice(0, 4)) + 3}${gradedOn.slice(4)}`,
});

function provider(
  providerId: string,
  name: string,
  kind: NewProvider['kind'],
  countyCode: string,
  items: TrainingItem[],
  more: Partial<Omit<DemoProvider, 'provider'>> = {},
): DemoProvider {
  const creditCode = unifiedSocialCreditCode(randomFor(providerId), registrarOf(kind), countyCode);
  const regionCode = `${countyCode.slice(0, 4)}00`;
  return {
    provider: { providerId, name, kind, creditCode, regionCode, items },
    grading: null,
    suspension: null,
    ...more,
  };
}

/** Providers of every kind the plan names, in nine 市(州); most graded, one suspended (docs/domain.md §7.1). */
export const demoProviders: readonly DemoProvider[] = [
  provider(
    'cd-public-training-base',
    '成都市公共实训基地',
    'public-training-base',
    '510107',
    [occupation(o.cook.code), occupation(o.electrician.code), sichuanCuisine],
    { grading: grade('A', '2024-03-15') },
  ),
  provider(
    'cd-sichuan-cuisine-school',
    '四川省川菜烹饪技工学校',
    'technical-school',
    '510104',
    [occupation(o.cook.code), sichuanCuisine],
    { grading: grade('A', '2024-05-20') },
  ),
  provider(
    'my-vocational-school',
    '绵阳市职业技术学校',
    'vocational-school',
    '510703',
    [occupation(o.electrician.code), occupation(o.latheOperator.code), occupation(o.autoRepair.code)],
    { grading: grade('B', '2023-09-01') },
  ),
  provider('lz-medical-college', '泸州医疗器械职业学院', 'university', '510502', [occupation(o.elderlyCare.code)], {
    grading: grade('B', '2025-01-10'),
  }),
  provider(
    'dy-dongfang-training-centre',
    '东方电气集团职工培训中心',
    'enterprise-training-centre',
    '510603',
    [occupation(o.welder.code), occupation(o.latheOperator.code), occupation(o.electrician.code)],
    { grading: grade('A', '2023-06-30') },
  ),
  provider('yb-cross-enterprise-centre', '宜宾市跨企业职工培训中心', 'cross-enterprise-training-centre', '511502', [
    occupation(o.networkSecurity.code),
    occupation(o.electrician.code),
  ]),
  provider(
    'gz-kangding-training-institute',
    '康定市职业训练院',
    'county-training-institute',
    '513301',
    [occupation(o.elderlyCare.code), bambooWeaving],
    { grading: grade('C', '2024-08-08') },
  ),
  provider(
    'ls-xichang-private-school',
    '西昌市彝乡职业培训学校',
    'private-training-institution',
    '513401',
    [occupation(o.cook.code), occupation(o.elderlyCare.code)],
    { suspension: '双随机抽查发现培训签到记录与实际不符，暂停招生整改' },
  ),
  provider(
    'sc-online-skills-platform',
    '四川职业技能线上培训平台',
    'online-platform',
    '510107',
    [occupation(o.networkSecurity.code), occupation(o.elderlyCare.code)],
    { grading: grade('B', '2025-02-14') },
  ),
  provider('ab-public-training-base', '阿坝州公共实训基地', 'public-training-base', '513201', [
    occupation(o.teaTaster.code),
    sichuanTea,
  ]),
  provider(
    'ya-tea-vocational-school',
    '雅安市茶叶职业学校',
    'vocational-school',
    '511802',
    [occupation(o.teaProcessor.code), occupation(o.teaTaster.code), sichuanTea],
    { grading: grade('A', '2025-06-01') },
  ),
];
