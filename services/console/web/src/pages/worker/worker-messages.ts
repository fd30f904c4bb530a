import { defineMessages } from '../../i18n/messages.ts';
import type { NextStep } from './ladder-types.ts';

type NoRuleReason = NonNullable<NextStep['reasonCode']>;

export const workerMessages = defineMessages({
  zh: {
    title: (name: string) => `${name} 的技能等级阶梯`,
    unnamed: '（姓名已删除）',
    loading: '正在读取阶梯…',
    asOf: '查看日期',
    asOfHint: '拖动或用方向键移动日期（PageUp/PageDown 跳一段），阶梯重画为该日的样子。',
    pictureLabel: (date: string, steps: number) => `截至 ${date} 的阶梯图，共 ${steps} 个等级`,
    highest: '最高等级',
    highSkill: '高技能人才',
    none: '无',
    yes: '是',
    no: '否',
    steps: '各职业等级',
    occupation: '职业',
    level: '等级',
    date: '日期',
    source: '来源',
    reference: '依据',
    dropped: (date: string) => `已失效（${date}）`,
    next: '下一等级',
    nextNone: '已到考核等级的顶端（特级技师、首席技师为聘任）',
    eligibleNow: '现在即可申报',
    eligibleOn: (date: string) => `最早 ${date} 可申报`,
    noDate: '仅凭证书无法推算日期',
    noRule: (code: NoRuleReason) =>
      ({
        'occupation-retired': '该职业已退出职业目录，不再开展评价',
        'no-standard-in-force': '职业目录中没有该职业在此日期现行的标准',
        'no-dated-route': '各途径都需要证书以外的材料（见下）',
      })[code],
    rule: (template: string, version: string, id: string) => `依据 §2.3 模板${template}（${version} 版标准）规则 ${id}`,
    counts: '计入的证书',
    missing: '尚缺',
    waitYears: (date: string) => `年限：到 ${date} 才满足`,
    otherRoutes: '其他途径（需申报人提供材料）',
    honoursAndMedals: '荣誉与奖牌',
    legendTitle: '图例',
    back: '返回人才库',
  },
  en: {
    title: (name: string) => `${name}: skill level ladder`,
    unnamed: '(name erased)',
    loading: 'Reading the ladder…',
    asOf: 'As of',
    asOfHint:
      'Drag or use the arrow keys (PageUp/PageDown for larger jumps): the ladder is redrawn as it stood that day.',
    pictureLabel: (date: string, steps: number) => `The ladder as of ${date}: ${steps} steps`,
    highest: 'Highest step',
    highSkill: 'High-skill talent',
    none: 'none',
    yes: 'yes',
    no: 'no',
    steps: 'Steps per occupation',
    occupation: 'Occupation',
    level: 'Step',
    date: 'Date',
    source: 'Source',
    reference: 'Reference',
    dropped: (date: string) => `no longer counts (${date})`,
    next: 'Next step',
    nextNone: 'Top of the examined levels (特级技师 and 首席技师 are appointments)',
    eligibleNow: 'eligible now',
    eligibleOn: (date: string) => `eligible from ${date}`,
    noDate: 'cannot be dated from the certificates alone',
    noRule: (code: NoRuleReason) =>
      ({
        'occupation-retired': 'The occupation has left the catalogue: it is no longer assessed',
        'no-standard-in-force': 'The catalogue has no standard of this occupation in force on that day',
        'no-dated-route': 'Every route needs evidence beyond the certificates (below)',
      })[code],
    rule: (template: string, version: string, id: string) =>
      `by §2.3 template ${template} (standard of ${version}), rule ${id}`,
    counts: 'Certificates it counts',
    missing: 'Still missing',
    waitYears: (date: string) => `years: met on ${date}`,
    otherRoutes: 'Other routes (need evidence the candidate declares)',
    honoursAndMedals: 'Honours and medals',
    legendTitle: 'Key',
    back: 'Back to the talent pool',
  },
});

/** The source of a step (its basis), named. */
export const basisNames = defineMessages({
  zh: {
    exam: '考核',
    competition: '竞赛',
    'direct-recognition': '直接认定',
    appointment: '聘任',
    legacy: '职业资格',
    apprenticeship: '新型学徒制',
    honour: '荣誉',
    medal: '奖牌',
  },
  en: {
    exam: 'exam',
    competition: 'competition',
    'direct-recognition': 'direct recognition',
    appointment: 'appointment',
    legacy: 'legacy qualification',
    apprenticeship: 'apprenticeship',
    honour: 'honour',
    medal: 'medal',
  },
});

export const medalNames = defineMessages({
  zh: { gold: '金牌', silver: '银牌', bronze: '铜牌', excellence: '优胜奖' },
  en: { gold: 'gold', silver: 'silver', bronze: 'bronze', excellence: 'excellence award' },
});
