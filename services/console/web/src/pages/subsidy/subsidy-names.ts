import { defineMessages } from '../../i18n/messages.ts';

/** Every rule a claim is checked against (docs/domain.md §7.8), as a claimant reads it. */
export const checkRuleNames = defineMessages({
  zh: {
    'rule-set-in-force': '有适用的补贴政策',
    'certificate-holder': '证书属于申请人',
    'certificate-valid': '证书有效',
    'claim-window': '在发证后规定期限内申请',
    'insured-long-enough': '失业保险参保年限',
    amount: '该等级的补贴标准',
    'shortage-uplift': '急需紧缺职业上浮',
    'yearly-cap-kind': '本类补贴每年次数上限',
    'yearly-cap-total': '各类培训补贴每年合计上限',
    'same-level-once': '同一职业同一等级只补贴一次',
    'higher-level-blocks-lower': '已补贴较高等级的不再补贴较低等级',
    'training-completed': '完成补贴性培训',
    'apprenticeship-year': '学徒协议年度与阶段',
    'apprentice-year-once': '每个协议年度预支、清算各一次',
    'apprentice-exclusion': '学徒期间不重复享受其他培训补贴',
    'target-group': '属于生活费补贴对象',
  },
  en: {
    'rule-set-in-force': 'A rule set in force',
    'certificate-holder': 'The certificate is the claimant’s',
    'certificate-valid': 'The certificate is valid',
    'claim-window': 'Claimed within the window after issue',
    'insured-long-enough': 'Years of unemployment insurance',
    amount: 'The amount for the level',
    'shortage-uplift': '急需紧缺 (shortage) uplift',
    'yearly-cap-kind': 'Yearly cap for this kind',
    'yearly-cap-total': 'Yearly cap for training subsidies together',
    'same-level-once': 'The same occupation and level once',
    'higher-level-blocks-lower': 'No lower level after a higher one',
    'training-completed': 'Subsidised training completed',
    'apprenticeship-year': 'The agreement year and stage',
    'apprentice-year-once': 'Each agreement year advanced and settled once',
    'apprentice-exclusion': 'No other training subsidy for an apprenticeship period',
    'target-group': 'A target group the allowance is for',
  },
});

/** How a rule came out. */
export const checkStatusNames = defineMessages({
  zh: { passed: '✓ 符合', failed: '✕ 不符合', referred: '? 需人工审核', 'not-checked': '— 未检查' },
  en: { passed: '✓ Passed', failed: '✕ Failed', referred: '? A person decides', 'not-checked': '— Not checked' },
});

/** Where a claim stands. */
export const claimStatusNames = defineMessages({
  zh: { approved: '已批准', referred: '待人工审核', rejected: '未通过' },
  en: { approved: 'Approved', referred: 'Referred to a person', rejected: 'Rejected' },
});

/** The four kinds of subsidy (docs/domain.md §7.8). */
export const subsidyKindNames = defineMessages({
  zh: {
    'skill-upgrade': '技能提升补贴',
    training: '职业培训补贴',
    apprenticeship: '新型学徒制补贴',
    living: '生活费补贴',
  },
  en: {
    'skill-upgrade': 'Skill-upgrade subsidy (技能提升补贴)',
    training: 'Training subsidy (职业培训补贴)',
    apprenticeship: 'Apprenticeship subsidy (新型学徒制补贴)',
    living: 'Living allowance (生活费补贴)',
  },
});

/** A rule set's parameters, by name. */
export const parameterNames = defineMessages({
  zh: {
    amountsByLevel: '各等级补贴标准',
    shortageUpliftPercent: '急需紧缺职业上浮比例',
    yearlyCapPerKind: '每人每年本类补贴次数上限',
    yearlyCapTotal: '每人每年合计次数上限',
    shortageExtraClaims: '急需紧缺职业每年额外次数',
    sameLevelOnce: '同一职业同一等级只补贴一次',
    higherLevelBlocksLower: '已补贴较高等级的不再补贴较低等级',
    claimWindowMonths: '发证后申请期限',
    insuredYears: '失业保险参保年限',
    apprenticeAmountPerYear: '学徒每人每年补贴标准',
    apprenticeAdvanceShare: '预支比例',
    livingAllowance: '生活费补贴标准',
    apprenticeExclusive: '学徒期间不重复享受其他培训补贴',
    livingAllowanceGroups: '生活费补贴对象',
  },
  en: {
    amountsByLevel: 'Amount by level',
    shortageUpliftPercent: '急需紧缺 uplift',
    yearlyCapPerKind: 'Claims of this kind per person per year',
    yearlyCapTotal: 'Claims together per person per year',
    shortageExtraClaims: 'Extra claims a year for 急需紧缺 occupations',
    sameLevelOnce: 'The same occupation and level once',
    higherLevelBlocksLower: 'No lower level after a higher one',
    claimWindowMonths: 'Window after the certificate’s issue',
    insuredYears: 'Years of unemployment insurance',
    apprenticeAmountPerYear: 'Amount per apprentice per year',
    apprenticeAdvanceShare: 'Share advanced',
    livingAllowance: 'Living allowance',
    apprenticeExclusive: 'No other training subsidy for an apprenticeship period',
    livingAllowanceGroups: 'Groups the living allowance is for',
  },
});
