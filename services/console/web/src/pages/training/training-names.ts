import { defineMessages } from '../../i18n/messages.ts';

/** The provider kinds of docs/domain.md §7.1 by their API names. */
export const providerKindNames = defineMessages({
  zh: {
    'public-training-base': '公共实训基地',
    'technical-school': '技工院校',
    'vocational-school': '职业学校',
    university: '高校',
    'enterprise-training-centre': '企业职工培训中心',
    'cross-enterprise-training-centre': '跨企业职工培训中心',
    'county-training-institute': '县级职业训练院',
    'private-training-institution': '民办职业培训机构',
    'online-platform': '线上培训平台',
  },
  en: {
    'public-training-base': 'Public training base',
    'technical-school': 'Technical school',
    'vocational-school': 'Vocational school',
    university: 'University',
    'enterprise-training-centre': 'Enterprise training centre',
    'cross-enterprise-training-centre': 'Cross-enterprise training centre',
    'county-training-institute': 'County vocational training institute',
    'private-training-institution': 'Private training institution',
    'online-platform': 'Online training platform',
  },
});

/** The kinds of training (docs/domain.md §7.1). */
export const trainingKindNames = defineMessages({
  zh: {
    employment: '就业技能培训',
    upskilling: '岗位技能提升培训',
    entrepreneurship: '创业培训（马兰花计划）',
    safety: '安全技能培训',
    apprenticeship: '企业新型学徒制',
  },
  en: {
    employment: 'Employment skills',
    upskilling: 'On-the-job upskilling',
    entrepreneurship: 'Entrepreneurship (马兰花)',
    safety: 'Safety skills',
    apprenticeship: 'New-type apprenticeship',
  },
});

export const deliveryModelNames = defineMessages({
  zh: { project: '项目制', park: '园区制', order: '订单式', targeted: '定向式' },
  en: { project: 'Project-based', park: 'Industrial park', order: 'Order-based', targeted: 'Targeted' },
});

/** The 专栏5 brands (docs/domain.md §5.4). */
export const brandNames = defineMessages({
  zh: {
    'tianfu-new-farmer': '天府新农人',
    'tianfu-builder': '天府建筑工',
    'sichuan-cuisine-chef': '川菜师傅',
    'tianfu-technician': '天府技工',
    'tianfu-digital-craftsman': '天府数智工匠',
  },
  en: {
    'tianfu-new-farmer': 'Tianfu new farmer',
    'tianfu-builder': 'Tianfu builder',
    'sichuan-cuisine-chef': 'Sichuan cuisine chef',
    'tianfu-technician': 'Tianfu technician',
    'tianfu-digital-craftsman': 'Tianfu digital craftsman',
  },
});

/** 等级评估 grades, A the best (docs/domain.md §7.1). */
export const gradeNames = defineMessages({
  zh: { A: 'A 级', B: 'B 级', C: 'C 级', D: 'D 级' },
  en: { A: 'Grade A', B: 'Grade B', C: 'Grade C', D: 'Grade D' },
});

export const providerStatusNames = defineMessages({
  zh: { listed: '在册', suspended: '已暂停', removed: '已退出' },
  en: { listed: 'Listed', suspended: 'Suspended', removed: 'Removed' },
});

/** The trainee groups of docs/domain.md §7.2. */
export const targetGroupNames = defineMessages({
  zh: {
    employee: '企业在岗职工',
    'dispatched-or-platform': '劳务派遣或平台网约劳动者',
    'relapse-monitored': '防止返贫监测对象',
    'out-of-poverty': '脱贫劳动者',
    'employment-difficulty': '就业困难人员',
    'two-after': '两后生',
    'rural-migrant': '农民工',
    'agricultural-talent': '农业实用人才',
    'registered-unemployed': '城镇登记失业人员',
    veteran: '退役军人',
    disabled: '残疾人',
    graduate: '高校毕业生',
    entrepreneur: '有创业意愿的人员',
    other: '其他人员',
  },
  en: {
    employee: 'Employee',
    'dispatched-or-platform': 'Dispatched or platform worker',
    'relapse-monitored': 'Monitored against relapse into poverty',
    'out-of-poverty': 'Out of poverty',
    'employment-difficulty': 'Hard to employ',
    'two-after': 'Two-after youth',
    'rural-migrant': 'Rural migrant worker',
    'agricultural-talent': 'Agricultural talent',
    'registered-unemployed': 'Registered unemployed',
    veteran: 'Veteran',
    disabled: 'Person with disability',
    graduate: 'Graduate',
    entrepreneur: 'Would-be entrepreneur',
    other: 'Other',
  },
});

/** The name of an API value in the user's language, or the value itself when it has none. */
export const nameOf = (names: Readonly<Record<string, string>>, value: string): string => names[value] ?? value;
