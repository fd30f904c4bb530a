import {
  type ApprenticeshipDurationRule,
  ApprenticeshipDurationRuleSchema,
  type ProviderKind,
} from '@tianfu/contracts';

const OPINION_2021 = '《关于全面推行中国特色企业新型学徒制 加强技能人才培养的指导意见》 (人社部发〔2021〕39号)';

/**
 * How long an apprenticeship may be planned to run (docs/domain.md §7.6), as dated rule data: the
 * 2021 national opinion's 1 to 2 years, up to 3 in special cases ⚠ (read in its reports, not the
 * primary text), picked by the agreement's first day. A province's own span is a rule added here.
 */
export const apprenticeshipDurationRules: readonly ApprenticeshipDurationRule[] = [
  ApprenticeshipDurationRuleSchema.parse({
    ruleId: 'cn-2021-apprenticeship-term',
    minMonths: 12,
    usualMaxMonths: 24,
    maxMonths: 36,
    // The platform's first training day; the opinion itself is of 2021-06 ⚠.
    effectiveFrom: '2021-06-01',
    effectiveTo: null,
    source: OPINION_2021,
    clause: '培养期限为1年到2年，特殊情况可延长到3年 ⚠',
    confirmed: false,
  }),
];

/**
 * The kinds of provider that may train apprentices (企校双师: the provider names a teacher and runs
 * the 院校 side of the 双基地), from docs/domain.md §7.6: schools, training institutions and
 * enterprise training centres. A 公共实训基地 lends its workshops to others and a 线上培训平台 has no
 * workshop at all, so neither can be the provider of an agreement ⚠ (our reading of the opinion).
 */
export const apprenticeshipProviderKinds: readonly {
  readonly from: string;
  readonly kinds: readonly ProviderKind[];
}[] = [
  {
    from: '2021-06-01',
    kinds: [
      'technical-school',
      'vocational-school',
      'university',
      'enterprise-training-centre',
      'cross-enterprise-training-centre',
      'county-training-institute',
      'private-training-institution',
    ],
  },
];

/**
 * Who may be an apprentice and with which employer (docs/domain.md §7.6), as dated rule data: the
 * apprentice is at least `minimumAge` on the first day, and the employer is not registered in one
 * of `excludedEmployers` (the first two characters of its 统一社会信用代码, GB 32100-2015: 登记管理部门
 * and 机构类别).
 */
export interface ApprenticeEligibilityRule {
  readonly ruleId: string;
  readonly minimumAge: number;
  readonly excludedEmployers: readonly { readonly registration: string; readonly name: string }[];
  readonly effectiveFrom: string;
  readonly effectiveTo: string | null;
  readonly source: string;
  readonly clause: string;
  /** false marks ⚠: read in reports or our reading, not the primary text. */
  readonly confirmed: boolean;
}

/** Registered by the 机构编制 authority (登记管理部门 1): 机关, 事业单位 and the 群众团体 it staffs. */
const PUBLIC_SECTOR = [
  { registration: '11', name: '机关' },
  { registration: '12', name: '事业单位' },
  { registration: '13', name: '群众团体 (机构编制)' },
] as const;

const SICHUAN_2025 = '《四川省补贴性职业技能培训管理办法》 (川人社规〔2025〕11号)';

/**
 * Before Sichuan's 2025 办法: no one under 16 is employed (劳动法 Art. 15) and an apprentice is an
 * employee on a labour contract; the 2021 opinion is for enterprises (企业新型学徒制), so an employer
 * of the 机关事业单位 kind is not one ⚠ (our reading). From 2025-09-01 the 办法 states both: trainees
 * aged ≥ 16, people in the 机关事业单位 pension scheme excluded.
 */
export const apprenticeEligibilityRules: readonly ApprenticeEligibilityRule[] = [
  {
    ruleId: 'cn-2021-apprentice-eligibility',
    minimumAge: 16,
    excludedEmployers: PUBLIC_SECTOR,
    effectiveFrom: '2021-06-01',
    effectiveTo: '2025-08-31',
    source: `${OPINION_2021}; 《劳动法》 第十五条`,
    clause: '禁止用人单位招用未满十六周岁的未成年人; 企业新型学徒制以企业为主体 ⚠',
    confirmed: false,
  },
  {
    ruleId: 'sc-2025-apprentice-eligibility',
    minimumAge: 16,
    excludedEmployers: PUBLIC_SECTOR,
    effectiveFrom: '2025-09-01',
    // In force for 3 years; kept until a successor is known rather than refusing every later start.
    effectiveTo: null,
    source: SICHUAN_2025,
    clause: '年满16周岁的城乡劳动者; 参加机关事业单位养老保险的人员除外',
    confirmed: true,
  },
];
