import { testCatalogue } from '@tianfu/testing';
import { describe, expect, it } from 'vitest';
import type { CandidateBackground, CertifiedLevel, HeldLevel } from '../src/candidate-background.ts';
import { holds, rule } from '../src/eligibility-rule.ts';
import {
  deviationProblems,
  type EligibilityAnswer,
  eligibilityTemplates,
  evaluateEligibility,
  type OccupationStandard,
  type RuleDeviation,
  type RuleOutcome,
  rulesFor,
} from '../src/index.ts';

const asOf = '2025-06-01';
const electrician = '6-31-01-03'; // template A, 2018 standard (§3.4)
const cook = '4-03-02-01'; // template B, version '2022' (§3.4 ⚠)
const careWorker = '4-10-01-05'; // template B with the 四级 = 五级 + 2 yrs deviation (§2.3 ⚠)

const nobody: CandidateBackground = {
  birthDate: '1990-03-15',
  yearsInOccupation: 0,
  apprenticeshipCompleted: false,
  schooling: [],
  title: null,
  heldLevels: [],
};

const held = (level: CertifiedLevel, obtainedOn: string, occupationCode = electrician): HeldLevel => ({
  level,
  occupationCode,
  obtainedOn,
  source: 'platform-outcome',
  certificateNo: null,
});

type Given = Partial<CandidateBackground>;

const catalogue = testCatalogue();

/** The catalogue's record of a standard version, as assessment hands it to the evaluator. */
function standardOf(occupationCode: string, version: string): OccupationStandard {
  const standard = catalogue.occupations.get(occupationCode)?.standards.find((s) => s.version === version);
  if (standard === undefined) throw new Error(`no standard ${occupationCode}@${version} in the test catalogue`);
  return standard;
}

const whenAsking = (
  occupationCode: string,
  standardVersion: string,
  level: CertifiedLevel,
  given: Given,
  standard: OccupationStandard = standardOf(occupationCode, standardVersion),
): EligibilityAnswer => evaluateEligibility({ standard, level, asOf, background: { ...nobody, ...given } });

function outcomeOf(answer: EligibilityAnswer, ruleId: string): RuleOutcome {
  const found = answer.rules.find((r) => r.ruleId === ruleId);
  if (found === undefined) throw new Error(`rule ${ruleId} not in the answer`);
  return found;
}

interface Row {
  readonly text: string;
  readonly level: CertifiedLevel;
  readonly ruleId: string;
  readonly given: Given;
}
interface FailRow extends Row {
  readonly unmet: readonly string[];
}

describe('§2.3 template A (electrician, 2018 standard): each row passes', () => {
  const rows: readonly Row[] = [
    { text: '五级 by 1 yr', level: 'level5', ruleId: 'A-level5-1', given: { yearsInOccupation: 1 } },
    { text: '五级 by apprenticeship', level: 'level5', ruleId: 'A-level5-2', given: { apprenticeshipCompleted: true } },
    {
      text: '四级 by 五级 + 4 yrs, the 4th anniversary included',
      level: 'level4',
      ruleId: 'A-level4-1',
      given: { heldLevels: [held('level5', '2021-06-01')], yearsInOccupation: 4 },
    },
    { text: '四级 by 6 yrs', level: 'level4', ruleId: 'A-level4-2', given: { yearsInOccupation: 6 } },
    { text: '四级 by 中职', level: 'level4', ruleId: 'A-level4-3', given: { schooling: ['secondary-vocational'] } },
    {
      text: '三级 by 四级 + 5 yrs',
      level: 'level3',
      ruleId: 'A-level3-1',
      given: { heldLevels: [held('level4', '2020-06-01')], yearsInOccupation: 5 },
    },
    {
      text: '三级 by 四级 + 技师学院',
      level: 'level3',
      ruleId: 'A-level3-2',
      given: { heldLevels: [held('level4', '2025-01-01')], schooling: ['technician-college'], yearsInOccupation: 1 },
    },
    {
      text: '三级 by 大专+ with 四级 + 2 yrs',
      level: 'level3',
      ruleId: 'A-level3-3',
      given: { heldLevels: [held('level4', '2023-06-01')], schooling: ['bachelor-or-above'], yearsInOccupation: 2 },
    },
    {
      text: '二级 by 三级 + 4 yrs',
      level: 'level2',
      ruleId: 'A-level2-1',
      given: { heldLevels: [held('level3', '2021-06-01')], yearsInOccupation: 4 },
    },
    {
      text: '二级 by 三级 + 高级技工学校 + 3 yrs',
      level: 'level2',
      ruleId: 'A-level2-2',
      given: {
        heldLevels: [held('level3', '2024-06-01')],
        schooling: ['senior-technical-school'],
        yearsInOccupation: 3,
      },
    },
    {
      text: '二级 by 预备技师 + 2 yrs',
      level: 'level2',
      ruleId: 'A-level2-3',
      given: { schooling: ['preparatory-technician'], yearsInOccupation: 2 },
    },
    {
      text: '一级 by 二级 + 4 yrs',
      level: 'level1',
      ruleId: 'A-level1-1',
      given: { heldLevels: [held('level2', '2021-06-01')], yearsInOccupation: 4 },
    },
  ];

  it.each(rows)('§2.3 template A: $text', ({ level, ruleId, given }) => {
    const answer = whenAsking(electrician, '2018', level, given);
    expect(answer).toMatchObject({ eligible: true, passedRule: ruleId });
    expect(outcomeOf(answer, ruleId).unmet).toEqual([]);
  });
});

describe('§2.3 template A (electrician, 2018 standard): each row fails with its reason', () => {
  const rows: readonly FailRow[] = [
    {
      text: '五级 not by 0.5 yrs',
      level: 'level5',
      ruleId: 'A-level5-1',
      given: { yearsInOccupation: 0.5 },
      unmet: ['needs ≥ 1 yr in the occupation (declared 0.5 yrs)'],
    },
    {
      text: '五级 not without apprenticeship',
      level: 'level5',
      ruleId: 'A-level5-2',
      given: {},
      unmet: ['needs a completed apprenticeship (学徒期满)'],
    },
    {
      text: '四级 not by 五级 held 2.5 yrs',
      level: 'level4',
      ruleId: 'A-level4-1',
      given: { heldLevels: [held('level5', '2022-11-30')], yearsInOccupation: 3 },
      unmet: ['needs level5 held ≥ 4 yrs (held 2.5 yrs)'],
    },
    {
      text: '四级 not by 5 yrs',
      level: 'level4',
      ruleId: 'A-level4-2',
      given: { yearsInOccupation: 5 },
      unmet: ['needs ≥ 6 yrs in the occupation (declared 5 yrs)'],
    },
    {
      text: '四级 not by 高职 schooling',
      level: 'level4',
      ruleId: 'A-level4-3',
      given: { schooling: ['higher-vocational'] },
      unmet: ['needs schooling: technical-school or secondary-vocational (declared higher-vocational)'],
    },
    {
      text: '三级 not by 四级 held 4 yrs',
      level: 'level3',
      ruleId: 'A-level3-1',
      given: { heldLevels: [held('level4', '2021-06-01')], yearsInOccupation: 10 },
      unmet: ['needs level4 held ≥ 5 yrs (held 4 yrs)'],
    },
    {
      text: '三级 not by 技师学院 without 四级',
      level: 'level3',
      ruleId: 'A-level3-2',
      given: { schooling: ['technician-college'] },
      unmet: ['needs level4 or higher in occupation group 6-31-01 (none held)'],
    },
    {
      text: '三级 not by 四级 + 2 yrs without 大专',
      level: 'level3',
      ruleId: 'A-level3-3',
      given: { heldLevels: [held('level4', '2023-06-01')], yearsInOccupation: 2 },
      unmet: ['needs schooling: higher-vocational-assessed or higher-vocational or bachelor-or-above (declared none)'],
    },
    {
      text: '二级 not by 三级 held 3 yrs',
      level: 'level2',
      ruleId: 'A-level2-1',
      given: { heldLevels: [held('level3', '2022-06-01')], yearsInOccupation: 10 },
      unmet: ['needs level3 held ≥ 4 yrs (held 3 yrs)'],
    },
    {
      text: '二级 not by 三级 + 高级技工学校 with 2 yrs',
      level: 'level2',
      ruleId: 'A-level2-2',
      given: {
        heldLevels: [held('level3', '2024-06-01')],
        schooling: ['senior-technical-school'],
        yearsInOccupation: 2,
      },
      unmet: ['needs ≥ 3 yrs in the occupation (declared 2 yrs)'],
    },
    {
      text: '二级 not by 预备技师 with 1 yr',
      level: 'level2',
      ruleId: 'A-level2-3',
      given: { schooling: ['preparatory-technician'], yearsInOccupation: 1 },
      unmet: ['needs ≥ 2 yrs in the occupation (declared 1 yr)'],
    },
    {
      text: '一级 not by 二级 held 3 yrs',
      level: 'level1',
      ruleId: 'A-level1-1',
      given: { heldLevels: [held('level2', '2022-06-01')], yearsInOccupation: 10 },
      unmet: ['needs level2 held ≥ 4 yrs (held 3 yrs)'],
    },
  ];

  it.each(rows)('§2.3 template A: $text', ({ level, ruleId, given, unmet }) => {
    const answer = whenAsking(electrician, '2018', level, given);
    expect(outcomeOf(answer, ruleId)).toMatchObject({ passed: false, unmet });
  });
});

describe('§2.3 template B (Chinese cook, version 2022): each row passes', () => {
  const cooksLevel = (level: CertifiedLevel, obtainedOn: string) => held(level, obtainedOn, cook);
  const rows: readonly Row[] = [
    { text: '五级 by turning 16 that day', level: 'level5', ruleId: 'B-level5-1', given: { birthDate: '2009-06-01' } },
    { text: '四级 by 5 yrs', level: 'level4', ruleId: 'B-level4-1', given: { yearsInOccupation: 5 } },
    {
      text: '四级 by 五级 + 3 yrs',
      level: 'level4',
      ruleId: 'B-level4-2',
      given: { heldLevels: [cooksLevel('level5', '2022-06-01')], yearsInOccupation: 3 },
    },
    { text: '四级 by 大专', level: 'level4', ruleId: 'B-level4-3', given: { schooling: ['higher-vocational'] } },
    { text: '三级 by 10 yrs', level: 'level3', ruleId: 'B-level3-1', given: { yearsInOccupation: 10 } },
    {
      text: '三级 by 四级 + 4 yrs',
      level: 'level3',
      ruleId: 'B-level3-2',
      given: { heldLevels: [cooksLevel('level4', '2021-06-01')], yearsInOccupation: 4 },
    },
    {
      text: '三级 by 初级职称 + 1 yr',
      level: 'level3',
      ruleId: 'B-level3-3',
      given: { title: { grade: 'junior', since: '2024-06-01' }, yearsInOccupation: 1 },
    },
    { text: '三级 by 高级工班', level: 'level3', ruleId: 'B-level3-4', given: { schooling: ['senior-worker-class'] } },
    {
      text: '三级 by 四级 + 高职',
      level: 'level3',
      ruleId: 'B-level3-5',
      given: {
        heldLevels: [cooksLevel('level4', '2025-01-01')],
        schooling: ['higher-vocational'],
        yearsInOccupation: 1,
      },
    },
    {
      text: '三级 by an assessed 高职 programme',
      level: 'level3',
      ruleId: 'B-level3-6',
      given: { schooling: ['higher-vocational-assessed'] },
    },
    {
      text: '二级 by 三级 + 5 yrs',
      level: 'level2',
      ruleId: 'B-level2-1',
      given: { heldLevels: [cooksLevel('level3', '2020-06-01')], yearsInOccupation: 5 },
    },
    {
      text: '二级 by 初级职称 + 5 yrs, 1 yr after 三级',
      level: 'level2',
      ruleId: 'B-level2-2',
      given: {
        title: { grade: 'junior', since: '2020-06-01' },
        heldLevels: [cooksLevel('level3', '2024-06-01')],
        yearsInOccupation: 5,
      },
    },
    {
      text: '二级 by 中级职称 + 1 yr',
      level: 'level2',
      ruleId: 'B-level2-3',
      given: { title: { grade: 'intermediate', since: '2024-06-01' }, yearsInOccupation: 1 },
    },
    {
      text: '二级 by 三级 + 技师学院 + 3 yrs',
      level: 'level2',
      ruleId: 'B-level2-4',
      given: {
        heldLevels: [cooksLevel('level3', '2025-01-01')],
        schooling: ['technician-college'],
        yearsInOccupation: 3,
      },
    },
    {
      text: '一级 by 二级 + 5 yrs',
      level: 'level1',
      ruleId: 'B-level1-1',
      given: { heldLevels: [cooksLevel('level2', '2020-06-01')], yearsInOccupation: 5 },
    },
  ];

  it.each(rows)('§2.3 template B: $text', ({ level, ruleId, given }) => {
    const answer = whenAsking(cook, '2022', level, given);
    expect(answer).toMatchObject({ eligible: true, passedRule: ruleId });
    expect(outcomeOf(answer, ruleId).unmet).toEqual([]);
  });
});

describe('§2.3 template B (Chinese cook, version 2022): each row fails with its reason', () => {
  const cooksLevel = (level: CertifiedLevel, obtainedOn: string) => held(level, obtainedOn, cook);
  const rows: readonly FailRow[] = [
    {
      text: '五级 not at 15',
      level: 'level5',
      ruleId: 'B-level5-1',
      given: { birthDate: '2009-06-02' },
      unmet: ['needs age ≥ 16 (aged 15)'],
    },
    {
      text: '五级 not without a birth date',
      level: 'level5',
      ruleId: 'B-level5-1',
      given: { birthDate: null },
      unmet: ['needs age ≥ 16 (birth date unknown)'],
    },
    {
      text: '四级 not by 4 yrs',
      level: 'level4',
      ruleId: 'B-level4-1',
      given: { yearsInOccupation: 4 },
      unmet: ['needs ≥ 5 yrs in the occupation (declared 4 yrs)'],
    },
    {
      text: '四级 not by 五级 held 2 yrs',
      level: 'level4',
      ruleId: 'B-level4-2',
      given: { heldLevels: [cooksLevel('level5', '2023-06-01')], yearsInOccupation: 4 },
      unmet: ['needs level5 held ≥ 3 yrs (held 2 yrs)'],
    },
    {
      text: '四级 not without schooling',
      level: 'level4',
      ruleId: 'B-level4-3',
      given: {},
      unmet: [
        'needs schooling: technical-school or secondary-vocational or senior-technical-school or technician-college' +
          ' or senior-worker-class or higher-vocational-assessed or higher-vocational or bachelor-or-above (declared none)',
      ],
    },
    {
      text: '三级 not by 9 yrs',
      level: 'level3',
      ruleId: 'B-level3-1',
      given: { yearsInOccupation: 9 },
      unmet: ['needs ≥ 10 yrs in the occupation (declared 9 yrs)'],
    },
    {
      text: '三级 not by 四级 held 3 yrs',
      level: 'level3',
      ruleId: 'B-level3-2',
      given: { heldLevels: [cooksLevel('level4', '2022-06-01')], yearsInOccupation: 9 },
      unmet: ['needs level4 held ≥ 4 yrs (held 3 yrs)'],
    },
    {
      text: '三级 not by 初级职称 held 0.4 yrs',
      level: 'level3',
      ruleId: 'B-level3-3',
      given: { title: { grade: 'junior', since: '2025-01-01' }, yearsInOccupation: 5 },
      unmet: ['needs junior title held ≥ 1 yr (held 0.4 yrs)'],
    },
    {
      text: '三级 not by 技师学院 outside a 高级工班',
      level: 'level3',
      ruleId: 'B-level3-4',
      given: { schooling: ['technician-college'] },
      unmet: ['needs schooling: senior-worker-class (declared technician-college)'],
    },
    {
      text: '三级 not by 四级 + 本科',
      level: 'level3',
      ruleId: 'B-level3-5',
      given: {
        heldLevels: [cooksLevel('level4', '2025-01-01')],
        schooling: ['bachelor-or-above'],
        yearsInOccupation: 1,
      },
      unmet: ['needs schooling: higher-vocational or higher-vocational-assessed (declared bachelor-or-above)'],
    },
    {
      text: '三级 not by a 高职 programme not assessed',
      level: 'level3',
      ruleId: 'B-level3-6',
      given: { schooling: ['higher-vocational'] },
      unmet: ['needs schooling: higher-vocational-assessed (declared higher-vocational)'],
    },
    {
      text: '二级 not by 三级 held 4 yrs',
      level: 'level2',
      ruleId: 'B-level2-1',
      given: { heldLevels: [cooksLevel('level3', '2021-06-01')], yearsInOccupation: 9 },
      unmet: ['needs level3 held ≥ 5 yrs (held 4 yrs)'],
    },
    {
      text: '二级 not by 初级职称 + 5 yrs with 三级 held 0.4 yrs',
      level: 'level2',
      ruleId: 'B-level2-2',
      given: {
        title: { grade: 'junior', since: '2019-06-01' },
        heldLevels: [cooksLevel('level3', '2025-01-01')],
        yearsInOccupation: 6,
      },
      unmet: ['needs level3 held ≥ 1 yr (held 0.4 yrs)'],
    },
    {
      text: '二级 not by 初级职称 where 中级 is asked',
      level: 'level2',
      ruleId: 'B-level2-3',
      given: { title: { grade: 'junior', since: '2015-06-01' }, yearsInOccupation: 10 },
      unmet: ['needs intermediate title or higher (holds junior)'],
    },
    {
      text: '二级 not by 三级 + 技师学院 with 2 yrs',
      level: 'level2',
      ruleId: 'B-level2-4',
      given: {
        heldLevels: [cooksLevel('level3', '2025-01-01')],
        schooling: ['technician-college'],
        yearsInOccupation: 2,
      },
      unmet: ['needs ≥ 3 yrs in the occupation (declared 2 yrs)'],
    },
    {
      text: '一级 not by 二级 held 4 yrs',
      level: 'level1',
      ruleId: 'B-level1-1',
      given: { heldLevels: [cooksLevel('level2', '2021-06-01')], yearsInOccupation: 9 },
      unmet: ['needs level2 held ≥ 5 yrs (held 4 yrs)'],
    },
  ];

  it.each(rows)('§2.3 template B: $text', ({ level, ruleId, given, unmet }) => {
    const answer = whenAsking(cook, '2022', level, given);
    expect(outcomeOf(answer, ruleId)).toMatchObject({ passed: false, unmet });
  });
});

describe('§2.3 holding a level: related occupation, higher level, declared years', () => {
  it('§2.3 a level in another occupation of the same 小类 (6-31-01) counts', () => {
    const given = { heldLevels: [held('level5', '2021-06-01', '6-31-01-02')], yearsInOccupation: 4 };
    expect(whenAsking(electrician, '2018', 'level4', given)).toMatchObject({
      eligible: true,
      passedRule: 'A-level4-1',
    });
  });

  it('§2.3 a level in an unrelated occupation (焊工 6-18-02-04) does not count', () => {
    const given = { heldLevels: [held('level5', '2015-06-01', '6-18-02-04')], yearsInOccupation: 4 };
    const answer = whenAsking(electrician, '2018', 'level4', given);
    expect(answer.eligible).toBe(false);
    expect(outcomeOf(answer, 'A-level4-1').unmet).toEqual([
      'needs level5 or higher in occupation group 6-31-01 (none held)',
    ]);
  });

  it('§2.3 holding a higher level satisfies "holds 五级"', () => {
    const given = { heldLevels: [held('level3', '2021-06-01')], yearsInOccupation: 4 };
    expect(whenAsking(electrician, '2018', 'level4', given)).toMatchObject({
      eligible: true,
      passedRule: 'A-level4-1',
    });
  });

  it('§2.3 the earliest qualifying certificate counts when several are held', () => {
    const given = { heldLevels: [held('level4', '2024-06-01'), held('level5', '2020-06-01')], yearsInOccupation: 5 };
    expect(whenAsking(electrician, '2018', 'level4', given)).toMatchObject({
      eligible: true,
      passedRule: 'A-level4-1',
    });
  });

  it('§2.3 years since the level are capped by the declared years in the occupation', () => {
    const given = { heldLevels: [held('level5', '2019-06-01')], yearsInOccupation: 3 };
    const answer = whenAsking(electrician, '2018', 'level4', given);
    expect(outcomeOf(answer, 'A-level4-1').unmet).toEqual([
      'needs level5 held ≥ 4 yrs (held 6 yrs, capped at 3 yrs declared in the occupation)',
    ]);
  });

  it('§2.3 years since a 职称 are capped by the declared years in the occupation', () => {
    const given = { title: { grade: 'junior', since: '2020-06-01' }, yearsInOccupation: 0.5 } as const;
    const answer = whenAsking(cook, '2022', 'level3', given);
    expect(outcomeOf(answer, 'B-level3-3').unmet).toEqual([
      'needs junior title held ≥ 1 yr (held 5 yrs, capped at 0.5 yrs declared in the occupation)',
    ]);
  });

  it('§2.3 a level or 职称 obtained after the session date is not held yet', () => {
    const given = {
      heldLevels: [held('level3', '2025-06-02', cook)],
      title: { grade: 'intermediate', since: '2025-06-02' },
      yearsInOccupation: 10,
    } as const;
    const answer = whenAsking(cook, '2022', 'level2', given);
    expect(outcomeOf(answer, 'B-level2-1').unmet).toEqual([
      'needs level3 or higher in occupation group 4-03-02 (none held)',
    ]);
    expect(outcomeOf(answer, 'B-level2-3').unmet).toEqual(['needs intermediate title or higher (none held)']);
  });
});

describe('§2.3 the answer explains itself', () => {
  it('§2.3 when no rule passes, every rule of the level is listed with each unmet fact', () => {
    const answer = whenAsking(electrician, '2018', 'level4', { yearsInOccupation: 2 });
    expect(answer).toEqual({
      eligible: false,
      standard: { occupationCode: electrician, version: '2018', template: 'A' },
      passedRule: null,
      rules: [
        {
          ruleId: 'A-level4-1',
          text: '五级 + 4 yrs',
          passed: false,
          unmet: ['needs level5 or higher in occupation group 6-31-01 (none held)'],
          heldLevels: [],
          trainings: [],
        },
        {
          ruleId: 'A-level4-2',
          text: '6 yrs (累计6年)',
          passed: false,
          unmet: ['needs ≥ 6 yrs in the occupation (declared 2 yrs)'],
          heldLevels: [],
          trainings: [],
        },
        {
          ruleId: 'A-level4-3',
          text: '技工学校 / 中职 graduate',
          passed: false,
          unmet: ['needs schooling: technical-school or secondary-vocational (declared none)'],
          heldLevels: [],
          trainings: [],
        },
      ],
    });
  });

  it('§2.3 a passing rule names the held level it counted and where that came from', () => {
    const certificate = {
      ...held('level4', '2019-05-01'),
      source: 'platform-certificate',
      certificateNo: '1951011001400001',
    } as const;
    const declared = { ...held('level4', '2020-05-01'), source: 'declared' } as const;
    const answer = whenAsking(electrician, '2018', 'level3', {
      heldLevels: [declared, certificate],
      yearsInOccupation: 6,
    });
    expect(answer.passedRule).toBe('A-level3-1');
    expect(outcomeOf(answer, 'A-level3-1').heldLevels).toEqual([certificate]);
    expect(outcomeOf(answer, 'A-level3-2').heldLevels).toEqual([certificate]);
  });

  it('§2.3 a rule with several clauses lists every unmet one', () => {
    const answer = whenAsking(electrician, '2018', 'level3', {});
    expect(outcomeOf(answer, 'A-level3-3').unmet).toEqual([
      'needs schooling: higher-vocational-assessed or higher-vocational or bachelor-or-above (declared none)',
      'needs level4 or higher in occupation group 6-31-01 (none held)',
    ]);
  });

  it('§2.3 "any one of": the first passing rule is reported, later ones still evaluated', () => {
    const answer = whenAsking(electrician, '2018', 'level4', { yearsInOccupation: 6, schooling: ['technical-school'] });
    expect(answer.passedRule).toBe('A-level4-2');
    expect(answer.rules.map((r) => r.passed)).toEqual([false, true, true]);
  });
});

describe('§2.3 rule sets per occupation and standard version', () => {
  it('§2.3 deviation: 养老护理员 四级 by 五级 + 2 yrs where template B asks 3', () => {
    const given = { heldLevels: [held('level5', '2023-06-01', careWorker)], yearsInOccupation: 2 };
    const answer = whenAsking(careWorker, '2022', 'level4', given);
    expect(answer).toMatchObject({ eligible: true, passedRule: 'B-level4-2/4-10-01-05@2022' });
    expect(outcomeOf(answer, 'B-level4-2/4-10-01-05@2022').text).toBe('五级 + 2 yrs');
    expect(answer.rules.map((r) => r.ruleId)).toEqual(['B-level4-1', 'B-level4-2/4-10-01-05@2022', 'B-level4-3']);
  });

  it('§2.3 without the deviation the same background falls short under template B', () => {
    const given = { heldLevels: [held('level5', '2023-06-01', cook)], yearsInOccupation: 2 };
    expect(whenAsking(cook, '2022', 'level4', given).eligible).toBe(false);
  });

  it('§2.3 a standard may add a route, e.g. a 职称 route to 一级', () => {
    const seniorTitle = { kind: 'title', atLeast: 'senior', yearsSince: 1 } as const;
    const withTitleRoute: OccupationStandard = {
      occupationCode: cook,
      version: '2030',
      template: 'B',
      levels: [5, 4, 3, 2, 1],
      deviations: [
        { kind: 'add', level: 'level1', rule: { id: 'X-level1-2', text: '高级职称 + 1 yr', allOf: [seniorTitle] } },
      ],
    };
    const given = { title: { grade: 'senior', since: '2024-06-01' }, yearsInOccupation: 1 } as const;
    const answer = whenAsking(cook, '2030', 'level1', given, withTitleRoute);
    expect(answer).toMatchObject({ eligible: true, passedRule: 'X-level1-2' });
    expect(answer.rules.map((r) => r.ruleId)).toEqual(['B-level1-1', 'X-level1-2']);
  });

  it('§2.3 the catalogue turns template and deviations into rules: a deviation names a rule its template has', () => {
    for (const occupation of catalogue.occupations.values()) {
      for (const standard of occupation.standards) expect(deviationProblems(standard), standard.version).toEqual([]);
    }
    const stray: RuleDeviation = {
      kind: 'replace',
      ruleId: 'A-level4-2',
      rule: { id: 'x', text: '5 yrs', allOf: [{ kind: 'years-in-occupation', years: 5 }] },
    };
    expect(deviationProblems({ template: 'B', deviations: [stray] })).toEqual([
      { index: 0, message: 'template B has no rule A-level4-2 to replace' },
    ]);
    expect(deviationProblems({ template: 'A', deviations: [stray] })).toEqual([]);
  });

  it('§2.3 rule ids are unique across both templates', () => {
    const ids = Object.values(eligibilityTemplates).flatMap((t) =>
      Object.values(t).flatMap((rules) => rules.map((r) => r.id)),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('§2.3 rulesFor gives the routes of one catalogue standard and level', () => {
    expect(rulesFor(standardOf(electrician, '2018'), 'level1')).toEqual([
      rule('A-level1-1', '二级 + 4 yrs', holds('level2', 4)),
    ]);
  });

  it('§3.4 a level the standard does not offer is refused with LEVEL_NOT_OFFERED (old 数控车工: 四级–一级)', () => {
    const fourToOne: OccupationStandard = {
      occupationCode: '6-18-01-02',
      version: '2005',
      template: 'A',
      levels: [4, 3, 2, 1],
      deviations: [],
    };
    expect(() => whenAsking('6-18-01-02', '2005', 'level5', {}, fourToOne)).toThrow(
      expect.objectContaining({ code: 'LEVEL_NOT_OFFERED' }),
    );
    expect(whenAsking('6-18-01-02', '2005', 'level4', { yearsInOccupation: 6 }, fourToOne).eligible).toBe(true);
  });

  it('§2.3 a malformed session date is a programming error, not an answer', () => {
    expect(() =>
      evaluateEligibility({
        standard: standardOf(electrician, '2018'),
        level: 'level5',
        asOf: '2025-02-30',
        background: { ...nobody, yearsInOccupation: 1 },
      }),
    ).toThrow(RangeError);
  });
});
