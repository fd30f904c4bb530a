import type { CompetitionTier } from '@tianfu/contracts';
import type { RuleSet } from './rule-types.ts';

const both = ['employee', 'student'] as const;
const employees = ['employee'] as const;
const students = ['student'] as const;
const medalOrBetter = { kind: 'medal', atLeast: 'excellence' } as const;
const first = { kind: 'rank', upTo: 1 } as const;

/** docs/domain.md §4.1, Sichuan class-1 example (2016 provincial staff contest [35]); "passed both parts" read as score ≥ 60 ⚠. */
const sichuanClass1Promotions = [
  { ruleId: 'sc1-employee-rank-1-3', tracks: employees, qualifier: { kind: 'rank', upTo: 3 }, toLevel: 'level1' },
  {
    ruleId: 'sc1-employee-rank-4-8',
    tracks: employees,
    qualifier: { kind: 'rank', from: 4, upTo: 8 },
    toLevel: 'level2',
  },
  { ruleId: 'sc1-employee-passed', tracks: employees, qualifier: { kind: 'score', atLeast: 60 }, toLevel: 'level3' },
] as const;

/** 四川省技术能手 for the 1st-place employee of a Sichuan class-1 contest (docs/domain.md §4.1 [34]). */
const sichuanTechnicalExpert = {
  ruleId: 'sc1-employee-first',
  tracks: employees,
  qualifier: first,
  honour: 'sichuan-technical-expert',
} as const;

/**
 * The promotion rule sets of docs/domain.md §4.1 as data. Where docs/domain.md marks a row ⚠ the set says
 * so (`unconfirmed`); "per notice" rows promote to the level the contest event names.
 */
export const ruleSets = [
  {
    ruleSetId: 'worldskills',
    title: '世界技能大赛',
    tiers: ['worldskills'],
    source: 'docs/domain.md §4.1 WorldSkills [30][31]; level per MOHRSS decision ⚠',
    unconfirmed: true,
    onePromotionPerYear: false,
    promotions: [{ ruleId: 'ws-medal', tracks: both, qualifier: medalOrBetter, toLevel: 'contest-event' }],
    honours: [{ ruleId: 'ws-medal-nte', tracks: both, qualifier: medalOrBetter, honour: 'national-technical-expert' }],
  },
  {
    ruleSetId: 'national-class-1',
    title: '中华人民共和国职业技能大赛 (国家级一类)',
    tiers: ['national-class-1'],
    source: 'docs/domain.md §4.1, 2nd national contest 2023 [32]',
    unconfirmed: false,
    onePromotionPerYear: false,
    promotions: [{ ruleId: 'nc1-excellence-or-better', tracks: both, qualifier: medalOrBetter, toLevel: 'level2' }],
    honours: [
      {
        ruleId: 'nc1-top-5-nte',
        tracks: both,
        // Top 5; two-person teams top 3, three-person teams top 2.
        qualifier: { kind: 'rank', upTo: 5, teamUpTo: { 2: 3, 3: 2 } },
        honour: 'national-technical-expert',
      },
    ],
  },
  {
    ruleSetId: 'national-per-notice',
    title: '国家级一类/二类 per contest notice',
    tiers: ['national-class-1', 'national-class-2'],
    source: 'docs/domain.md §4.1 "other 国家级一类 / 二类 contests: per contest notice" ⚠',
    unconfirmed: true,
    onePromotionPerYear: false,
    promotions: [{ ruleId: 'nat-notice-medal', tracks: both, qualifier: medalOrBetter, toLevel: 'contest-event' }],
    honours: [],
  },
  {
    ruleSetId: 'national-industry',
    title: 'national industry contest under MOHRSS',
    tiers: ['industry'],
    source: 'docs/domain.md §4.1, 3rd national printing-industry contest [33]; its class ⚠',
    unconfirmed: true,
    onePromotionPerYear: false,
    promotions: [
      { ruleId: 'ind-employee-top-5', tracks: employees, qualifier: { kind: 'rank', upTo: 5 }, toLevel: 'level2' },
      {
        ruleId: 'ind-employee-rank-6-20',
        tracks: employees,
        qualifier: { kind: 'rank', from: 6, upTo: 20 },
        toLevel: 'level3',
      },
      { ruleId: 'ind-student-top-5', tracks: students, qualifier: { kind: 'rank', upTo: 5 }, toLevel: 'level3' },
    ],
    honours: [
      {
        ruleId: 'ind-employee-top-5-nte',
        tracks: employees,
        qualifier: { kind: 'rank', upTo: 5 },
        honour: 'national-technical-expert',
      },
    ],
  },
  {
    ruleSetId: 'sichuan-class-1',
    title: '四川技能大赛 (省级一类)',
    tiers: ['provincial-class-1'],
    // No student rule is seen for Sichuan class-1 ⚠; the cap is configurable here ⚠.
    source: 'docs/domain.md §4.1 Sichuan class-1 [34][35]',
    unconfirmed: true,
    onePromotionPerYear: false,
    promotions: sichuanClass1Promotions,
    honours: [sichuanTechnicalExpert],
  },
  {
    ruleSetId: 'sichuan-craftsman-cup',
    title: '四川工匠杯',
    tiers: ['provincial-class-1'],
    // "Prize-winners and qualified entrants promoted per the rules": the class-1 rules ⚠. 四川省青年岗位能手
    // "if eligible" needs an eligibility the platform does not hold; the talent registry grants it.
    source: 'docs/domain.md §4.1 四川工匠杯 [34]',
    unconfirmed: true,
    onePromotionPerYear: false,
    promotions: sichuanClass1Promotions,
    honours: [
      { ruleId: 'scc-first-craftsman', tracks: both, qualifier: first, honour: 'sichuan-craftsman' },
      sichuanTechnicalExpert,
    ],
  },
  {
    ruleSetId: 'sichuan-class-2',
    title: '省级二类 (Tianjin class-2 reference)',
    tiers: ['provincial-class-2'],
    source: 'docs/domain.md §4.1 "class-2 rules ⚠ for Sichuan"; Tianjin class-2 top 6 [36]',
    unconfirmed: true,
    onePromotionPerYear: true,
    promotions: [
      { ruleId: 'sc2-employee-top-6', tracks: employees, qualifier: { kind: 'rank', upTo: 6 }, toLevel: 'level3' },
      { ruleId: 'sc2-student-top-6', tracks: students, qualifier: { kind: 'rank', upTo: 6 }, toLevel: 'level4' },
    ],
    honours: [],
  },
  {
    ruleSetId: 'municipal',
    title: '市级 (Tianjin class-1 reference)',
    tiers: ['municipal'],
    source: 'docs/domain.md §4.1 reference: municipal contests (Tianjin) class-1 top 10 [36]',
    unconfirmed: true,
    onePromotionPerYear: true,
    promotions: [
      { ruleId: 'mun-employee-top-10', tracks: employees, qualifier: { kind: 'rank', upTo: 10 }, toLevel: 'level2' },
      { ruleId: 'mun-student-top-10', tracks: students, qualifier: { kind: 'rank', upTo: 10 }, toLevel: 'level3' },
    ],
    honours: [],
  },
  {
    ruleSetId: 'enterprise-or-school',
    title: '企业/院校 (Tianjin reference)',
    tiers: ['enterprise'],
    source: 'docs/domain.md §4.1 reference: enterprise or school contests (Tianjin) top 30 % [36]',
    unconfirmed: true,
    onePromotionPerYear: true,
    promotions: [
      { ruleId: 'ent-top-30-percent', tracks: both, qualifier: { kind: 'top-share', share: 0.3 }, toLevel: 'level4' },
    ],
    honours: [],
  },
] as const satisfies readonly RuleSet[];

export type RuleSetId = (typeof ruleSets)[number]['ruleSetId'];
export const ruleSetIds = ruleSets.map((r) => r.ruleSetId) as [RuleSetId, ...RuleSetId[]];

/** The set a competition runs under unless its organiser names another one for the tier. */
export const defaultRuleSet: Readonly<Record<CompetitionTier, RuleSetId>> = {
  worldskills: 'worldskills',
  'national-class-1': 'national-class-1',
  'national-class-2': 'national-per-notice',
  'provincial-class-1': 'sichuan-class-1',
  'provincial-class-2': 'sichuan-class-2',
  municipal: 'municipal',
  industry: 'national-industry',
  enterprise: 'enterprise-or-school',
};

export function ruleSet(ruleSetId: string): RuleSet {
  const found = ruleSets.find((r) => r.ruleSetId === ruleSetId);
  if (found === undefined) throw new RangeError(`no promotion rule set ${ruleSetId}`);
  return found;
}
