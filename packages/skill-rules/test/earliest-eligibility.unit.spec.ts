import type { SkillLevelKey } from '@tianfu/contracts';
import { testCatalogue } from '@tianfu/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CertifiedLevel, HeldLevel } from '../src/candidate-background.ts';
import { elapsedYears } from '../src/elapsed-years.ts';
import { earliestEligibility, evaluateEligibility, type OccupationStandard } from '../src/index.ts';

const electrician = '6-31-01-03'; // template A, 2018 standard (§3.4)
const cook = '4-03-02-01'; // template B, version '2022' (§3.4 ⚠)
const careWorker = '4-10-01-05'; // template B with the 四级 = 五级 + 2 yrs deviation (§2.3 ⚠)

const held = (level: CertifiedLevel, obtainedOn: string, occupationCode = electrician): HeldLevel => ({
  level,
  occupationCode,
  obtainedOn,
  source: 'platform-certificate',
  certificateNo: null,
});

const catalogue = testCatalogue();
/** Every standard of the test catalogue still in force, as career judges by them. */
const standardsInForce = [...catalogue.occupations.values()].flatMap((o) =>
  o.standards.filter((s) => s.supersededOn === null && s.retiredOn === null),
);

function standardOf(occupationCode: string, version: string): OccupationStandard {
  const standard = catalogue.occupations.get(occupationCode)?.standards.find((s) => s.version === version);
  if (standard === undefined) throw new Error(`no standard ${occupationCode}@${version} in the test catalogue`);
  return standard;
}

const whenAsked = (
  standard: OccupationStandard,
  current: SkillLevelKey | null,
  heldLevels: readonly HeldLevel[],
  asOf = '2025-01-01',
) => earliestEligibility({ standard, current, heldLevels, asOf });

describe('§2.3 earliest eligibility for the next level, from the certificates alone', () => {
  it('§2.3 given 四级 as 电工 (template A), when asked, then 三级 by 四级 + 5 yrs on the 5th anniversary', () => {
    const four = held('level4', '2020-06-01');
    const answer = whenAsked(standardOf(electrician, '2018'), 'level4', [held('level5', '2016-03-01'), four]);
    expect(answer).toMatchObject({
      standard: { occupationCode: electrician, version: '2018', template: 'A' },
      level: 'level3',
      earliest: { ruleId: 'A-level3-1', text: '四级 + 5 yrs', on: '2025-06-01', heldLevels: [four] },
    });
  });

  it('§2.3 given schooling routes, when asked, then they are listed as needing declared evidence, not guessed', () => {
    const answer = whenAsked(standardOf(electrician, '2018'), 'level4', [held('level4', '2020-06-01')]);
    expect(answer?.needsDeclaredEvidence).toEqual([
      {
        ruleId: 'A-level3-2',
        text: '四级 + 高级技工学校 / 技师学院 / assessed 高职 graduate',
        needs: ['schooling: senior-technical-school or technician-college or higher-vocational-assessed'],
      },
      {
        ruleId: 'A-level3-3',
        text: '大专+ graduate with 四级 + 2 yrs',
        needs: ['schooling: higher-vocational-assessed or higher-vocational or bachelor-or-above'],
      },
    ]);
  });

  it('§2.3 given 三级 as a cook (template B), when asked, then 二级 by 三级 + 5 yrs; 职称 and years routes need declaring', () => {
    const answer = whenAsked(standardOf(cook, '2022'), 'level3', [held('level3', '2021-09-15', cook)]);
    expect(answer?.earliest).toMatchObject({ ruleId: 'B-level2-1', on: '2026-09-15' });
    expect(answer?.needsDeclaredEvidence.map((r) => [r.ruleId, r.needs])).toEqual([
      ['B-level2-2', ['junior title or higher, held 5 yrs']],
      ['B-level2-3', ['intermediate title or higher, held 1 yr']],
      ['B-level2-4', ['schooling: senior-technical-school or technician-college', '3 yrs in the occupation (累计)']],
    ]);
  });

  it('§2.3 given 五级 obtained on 29 February, when + 3 yrs, then the rule holds from 1 March', () => {
    const answer = whenAsked(standardOf(cook, '2022'), 'level5', [held('level5', '2024-02-29', cook)]);
    expect(answer?.earliest).toMatchObject({ ruleId: 'B-level4-2', on: '2027-03-01' });
  });

  it('§2.3 given the 养老护理员 deviation, when asked, then 四级 comes by 五级 + 2 yrs, named by its own id', () => {
    const answer = whenAsked(standardOf(careWorker, '2022'), 'level5', [held('level5', '2023-05-10', careWorker)]);
    expect(answer?.earliest).toMatchObject({
      ruleId: 'B-level4-2/4-10-01-05@2022',
      text: '五级 + 2 yrs',
      on: '2025-05-10',
    });
  });

  it('§2.3 given an earlier level in a related occupation (same 小类), when asked, then that certificate counts', () => {
    const related = held('level4', '2018-01-20', '6-31-01-02');
    const unrelated = held('level4', '2010-01-01', '6-18-02-04');
    const answer = whenAsked(standardOf(electrician, '2018'), 'level4', [
      held('level4', '2022-06-01'),
      related,
      unrelated,
    ]);
    expect(answer?.earliest).toMatchObject({ ruleId: 'A-level3-1', on: '2023-01-20', heldLevels: [related] });
  });

  it('§2.3 given no certificate, when asked, then 五级 has no date and every route needs declared evidence', () => {
    expect(whenAsked(standardOf(electrician, '2018'), null, [])).toEqual({
      standard: { occupationCode: electrician, version: '2018', template: 'A' },
      level: 'level5',
      earliest: null,
      needsDeclaredEvidence: [
        { ruleId: 'A-level5-1', text: '1 yr (累计1年)', needs: ['1 yr in the occupation (累计)'] },
        {
          ruleId: 'A-level5-2',
          text: 'apprenticeship completed (学徒期满)',
          needs: ['a completed apprenticeship (学徒期满)'],
        },
      ],
    });
    expect(whenAsked(standardOf(cook, '2022'), null, [])?.needsDeclaredEvidence).toEqual([
      { ruleId: 'B-level5-1', text: 'aged ≥ 16 (年满16周岁)', needs: ['age ≥ 16 (birth date)'] },
    ]);
  });

  it('§2.3 given a certificate obtained after the day asked, when asked, then it is not held yet', () => {
    const answer = whenAsked(standardOf(electrician, '2018'), 'level4', [held('level4', '2025-01-02')]);
    expect(answer?.earliest).toBeNull();
    expect(answer?.needsDeclaredEvidence[0]).toEqual({
      ruleId: 'A-level3-1',
      text: '四级 + 5 yrs',
      needs: ['level4 or higher in occupation group 6-31-01'],
    });
  });

  it('§1 given 一级 or an appointed post, when asked, then there is no exam step left', () => {
    const standard = standardOf(electrician, '2018');
    expect(whenAsked(standard, 'level1', [held('level1', '2020-01-01')])).toBeNull();
    expect(whenAsked(standard, 'principal-technician', [held('level1', '2020-01-01')])).toBeNull();
  });

  it('§3.4 given a standard offering 四级–一级 only, when nothing is held, then the next level is 四级', () => {
    const fourToOne: OccupationStandard = {
      occupationCode: '6-18-01-02',
      version: '2005',
      template: 'A',
      levels: [4, 3, 2, 1],
      deviations: [],
    };
    expect(whenAsked(fourToOne, null, [])?.level).toBe('level4');
  });
});

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayBefore = (text: string) => day(Date.parse(`${text}T00:00:00Z`) - 86_400_000);
const calendarDay = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => day(d.getTime()));
const certifiedLevel = fc.constantFrom<CertifiedLevel>('level5', 'level4', 'level3', 'level2', 'level1');
const ordinalOf = (level: CertifiedLevel) => ['level5', 'level4', 'level3', 'level2', 'level1'].indexOf(level);

describe('§2.3 the computed day is the day enrolment starts to pass', () => {
  it('§2.3 given any certificate history, when enrolling on the earliest day, then it passes by the rule named, and the day before it fails', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...standardsInForce),
        fc.array(fc.record({ level: certifiedLevel, obtainedOn: calendarDay }), { maxLength: 5 }),
        (standard, certificates) => {
          const { occupationCode } = standard;
          const heldLevels = certificates.map((c) => held(c.level, c.obtainedOn, occupationCode));
          const current = heldLevels.reduce<CertifiedLevel | null>(
            (top, h) => (top !== null && ordinalOf(top) >= ordinalOf(h.level) ? top : h.level),
            null,
          );
          const asOf = '2031-01-01';
          const answer = whenAsked(standard, current, heldLevels, asOf);
          if (answer?.earliest == null) return;
          const { on, ruleId, heldLevels: counted } = answer.earliest;
          const since = counted.map((h) => h.obtainedOn).reduce((a, b) => (b.localeCompare(a) < 0 ? b : a));
          // The date assumes the years since the counted certificate were spent in the occupation: declare them.
          const enrolOn = (date: string) =>
            evaluateEligibility({
              standard,
              level: answer.level,
              asOf: date,
              background: {
                birthDate: null,
                yearsInOccupation: Math.max(0, elapsedYears(since, date)),
                apprenticeshipCompleted: false,
                schooling: [],
                title: null,
                heldLevels,
              },
            });
          expect(enrolOn(on)).toMatchObject({ eligible: true, passedRule: ruleId });
          expect(enrolOn(dayBefore(on)).eligible).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });
});
