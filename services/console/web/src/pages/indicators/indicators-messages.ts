import { defineMessages } from '../../i18n/messages.ts';

export const indicatorsMessages = defineMessages({
  zh: {
    title: '规划指标',
    lead: (plan: string, section: string) =>
      `按年度、市(州)统计平台记录的证书、高技能人才和基地，对照《${plan}》${section}的2025年目标。`,
    loading: '正在读取指标…',
    choices: '显示范围',
    year: '年度',
    allYears: (from: string, to: string) => `全期（${from}–${to}）`,
    measure: '指标',
    againstTargets: '对照2025年目标',
    targetsChart: (period: string) => `各项指标完成情况（占${period}目标的百分比）`,
    valueOfTarget: (value: string, target: string, percent: string) => `${value} / ${target}（${percent}%）`,
    byYear: '逐年情况',
    byYearChart: (measure: string, target: string) => `${measure}：逐年新增（柱）与累计（线），目标 ${target}`,
    yearly: '当年新增',
    cumulative: '累计',
    target: '目标',
    byRegion: '各市(州)分布',
    mapChart: (measure: string, year: string) => `四川省各市(州)地图：${measure}，${year}，颜色越深数值越大`,
    mapUnavailable: '地图无法加载，请看下方表格。',
    tableCaption: (measure: string, year: string) => `${measure}，${year}，各市(州)`,
    region: '市(州)',
    count: '数量',
    unknownRegion: '市(州)不详',
    total: '合计',
    notCounted: '平台暂不统计的专栏1指标',
    notCountedWhy: '以下指标的数据不在平台的事件中，这里列出目标，不显示完成情况：',
    source: (plan: string, issuer: string, date: string) =>
      `目标来源：《${plan}》，${issuer}，${date}；均为预期性指标，全省 2023–2025 年合计。`,
  },
  en: {
    title: 'Plan indicators',
    lead: (plan: string, section: string) =>
      `Certificates, high-skill workers and bases the platform records, by year and 市(州), against the 2025 targets of ${section} of 《${plan}》.`,
    loading: 'Reading the indicators…',
    choices: 'What to show',
    year: 'Year',
    allYears: (from: string, to: string) => `Whole period (${from}–${to})`,
    measure: 'Indicator',
    againstTargets: 'Against the 2025 targets',
    targetsChart: (period: string) => `Each indicator as a share of its ${period} target (per cent)`,
    valueOfTarget: (value: string, target: string, percent: string) => `${value} of ${target} (${percent}%)`,
    byYear: 'Year by year',
    byYearChart: (measure: string, target: string) =>
      `${measure}: new each year (bars) and running total (line), target ${target}`,
    yearly: 'New that year',
    cumulative: 'Running total',
    target: 'Target',
    byRegion: 'By 市(州)',
    mapChart: (measure: string, year: string) => `Map of Sichuan's 市(州): ${measure}, ${year}; the darker, the higher`,
    mapUnavailable: 'The map could not be loaded; the table below has the same numbers.',
    tableCaption: (measure: string, year: string) => `${measure}, ${year}, by 市(州)`,
    region: '市(州)',
    count: 'Count',
    unknownRegion: '市(州) not known',
    total: 'Total',
    notCounted: '专栏1 indicators the platform does not count',
    notCountedWhy: 'These are not in the platform’s events: their targets are listed, with no progress shown.',
    source: (plan: string, issuer: string, date: string) =>
      `Targets from 《${plan}》, ${issuer}, ${date}; all expected (预期性), provincial totals for 2023–2025.`,
  },
});

/** Each measure's name on this page; the API gives the plan's Chinese wording too. */
export const measureNames = defineMessages({
  zh: {
    newCertificates: '新增职业资格或职业技能等级证书（人次）',
    newHighSkill: '新增高技能人才（人）',
    publicTrainingBases: '新建公共实训基地（个）',
    provincialBasesAndStudios: '省级高技能人才培训基地和技能大师工作室（个）',
    parkCultivationBases: '产业园区高技能人才培育基地（个）',
    subsidisedTraining: '补贴性职业技能培训（人次）',
    migrantWorkerTraining: '其中农民工（人次）',
    apprenticeTraining: '其中企业新型学徒制（人）',
  },
  en: {
    newCertificates: 'New 职业资格 or skill level certificates (person-times)',
    newHighSkill: 'New high-skill workers (persons)',
    publicTrainingBases: 'New public training bases',
    provincialBasesAndStudios: 'Provincial high-skill training bases and master studios',
    parkCultivationBases: 'High-skill cultivation bases in industrial parks',
    subsidisedTraining: 'Subsidised training (person-times)',
    migrantWorkerTraining: 'of which migrant workers (person-times)',
    apprenticeTraining: 'of which enterprise new-type apprentices (persons)',
  },
});
