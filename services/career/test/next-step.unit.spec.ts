import type { CatalogueState } from '@tianfu/catalogue-view/state';
import type { CertificateDigit } from '@tianfu/contracts';
import { standardAmended, testCatalogue } from '@tianfu/testing';
import { describe, expect, it } from 'vitest';
import type { CareerFact, CertificateFact } from '../src/domain/career-facts.ts';
import { deriveLadder } from '../src/domain/ladder.ts';
import { readLadder } from '../src/domain/ladder-reading.ts';
import { appointmentFact, certificateFact } from './career-samples.ts';

const workerId = 'w'.repeat(64);
const welder = '6-18-02-04'; // template A, 2018 standard (docs/domain.md §3.4)
const electrician = '6-31-01-03'; // template A, 2018 standard
const cook = '4-03-02-01'; // template B, version '2022' ⚠

const certificate = (id: string, level: CertificateFact['level'], date: string, occupationCode = welder) =>
  certificateFact(workerId, id, level, date, { occupationCode });

const revocation = (of: CertificateFact, date: string): CareerFact => ({
  kind: 'certificate-revoked',
  factId: `f-r-${of.certificateId}`,
  workerId,
  date,
  certificateId: of.certificateId,
  reason: 'fraud',
});

const ladderOf = (facts: readonly CareerFact[], asOf: string, catalogue: CatalogueState = testCatalogue()) =>
  readLadder(deriveLadder(workerId, facts, asOf), catalogue);
const nextIn = (facts: readonly CareerFact[], asOf: string, occupationCode = welder, catalogue = testCatalogue()) =>
  ladderOf(facts, asOf, catalogue).occupations.find((o) => o.occupationCode === occupationCode)?.next;

describe('next step per occupation (docs/domain.md §2.3)', () => {
  const four = certificate('1', 'level4', '2019-05-01');

  it('§2.3 given 四级 as a welder, when the ladder is read, then 三级 by 四级 + 5 yrs on the 5th anniversary, with the rule', () => {
    expect(nextIn([four], '2024-01-01')).toEqual({
      level: 'level3',
      label: '三级/高级工',
      earliestEligibleOn: '2024-05-01',
      eligibleNow: false,
      rule: {
        template: 'A',
        standardVersion: '2018',
        level: 'level3',
        ruleId: 'A-level3-1',
        text: '四级 + 5 yrs',
        counts: [{ occupationCode: welder, level: 'level4', date: '2019-05-01', certificateNo: four.certificateNo }],
      },
      needsDeclaredEvidence: [
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
      ],
      reasonCode: null,
      reason: null,
    });
  });

  it('§2.3 given the earliest day, when the ladder is read that day and the day before, then eligible from that day', () => {
    expect(nextIn([four], '2024-05-01')?.eligibleNow).toBe(true);
    expect(nextIn([four], '2024-04-30')?.eligibleNow).toBe(false);
  });

  it('§2.3 given a revoked 三级, when the ladder is read after the revocation, then the next step is 三级 again', () => {
    const three = certificate('2', 'level3', '2022-06-20');
    const revoked = revocation(three, '2024-03-01');
    expect(nextIn([four, three], '2024-02-29')).toMatchObject({ level: 'level2', earliestEligibleOn: '2026-06-20' });
    expect(nextIn([four, three, revoked], '2024-03-01')).toMatchObject({
      level: 'level3',
      earliestEligibleOn: '2024-05-01',
    });
  });

  it('§2.3 given 五级 earlier in a related occupation (same 小类), when the ladder is read, then that certificate counts', () => {
    const related = certificate('3', 'level5', '2015-03-10', '6-31-01-02');
    const own = certificate('4', 'level5', '2022-01-15', electrician);
    expect(nextIn([related, own], '2024-01-01', electrician)).toMatchObject({
      level: 'level4',
      earliestEligibleOn: '2019-03-10',
      eligibleNow: true,
      rule: { ruleId: 'A-level4-1', counts: [{ occupationCode: '6-31-01-02', date: '2015-03-10' }] },
    });
  });

  it('§2.3 given 三级 as a cook (template B), when the ladder is read, then 二级 by 三级 + 5 yrs; 职称 routes need declaring', () => {
    const next = nextIn([certificate('5', 'level3', '2021-09-15', cook)], '2025-01-01', cook);
    expect(next).toMatchObject({ level: 'level2', earliestEligibleOn: '2026-09-15', rule: { template: 'B' } });
    expect(next?.needsDeclaredEvidence.map((r) => r.ruleId)).toEqual(['B-level2-2', 'B-level2-3', 'B-level2-4']);
  });

  it('§1 given 一级, or a 特级技师 post held, when the ladder is read, then there is no exam step', () => {
    const one = certificate('6', 'level1', '2020-01-01');
    expect(nextIn([one], '2025-01-01')).toBeNull();
    const post: CareerFact = appointmentFact(workerId, '2024-01-01', null);
    expect(nextIn([one, post], '2025-01-01')).toBeNull();
  });

  it('§2.3 given an occupation the catalogue does not hold, when the ladder is read, then the next level has no rule and says why', () => {
    expect(nextIn([certificate('7', 'level4', '2020-01-01', '6-99-01-01')], '2025-01-01', '6-99-01-01')).toEqual({
      level: 'level3',
      label: '三级/高级工',
      earliestEligibleOn: null,
      eligibleNow: false,
      rule: null,
      needsDeclaredEvidence: [],
      reasonCode: 'no-standard-in-force',
      reason: 'the catalogue has no standard of occupation 6-99-01-01 in force on 2025-01-01',
    });
  });

  it('§2.3 given every certificate revoked, when the ladder is read, then 五级 is next and only declared evidence can date it', () => {
    const five = certificate('8', 'level5', '2020-01-01');
    expect(nextIn([five, revocation(five, '2021-01-01')], '2025-01-01')).toMatchObject({
      level: 'level5',
      earliestEligibleOn: null,
      rule: null,
      reasonCode: 'no-dated-route',
      reason: 'no route can be dated from the certificates alone',
      needsDeclaredEvidence: [{ ruleId: 'A-level5-1' }, { ruleId: 'A-level5-2' }],
    });
  });
});

describe('the next step by the catalogue (docs/domain.md §3.4)', () => {
  const reason = '测试';
  // 评茶师: its 2019 standard (template A) is in force until the 2030 one (template B) takes effect.
  const teaTaster = '6-02-06-11';
  const welding2018 = (levels: CertificateDigit[]) =>
    testCatalogue(
      standardAmended(welder, '2018', '2018-12-01', { title: '国家职业技能标准 焊工（2018年版）', levels, reason }),
    );

  it('given a standard that offers 五级–三级 only, when the ladder is read, then 三级 is the top: no next step', () => {
    const three = certificate('9', 'level3', '2022-06-20');
    expect(nextIn([three], '2025-01-01', welder, welding2018([5, 4, 3]))).toBeNull();
    expect(nextIn([three], '2025-01-01', welder, welding2018([5, 4, 3, 2, 1]))).toMatchObject({ level: 'level2' });
  });

  it('given a standard that offers 四级 up, when a 五级 holder reads the ladder, then 四级 is next; with none held, 四级 too', () => {
    const five = certificate('10', 'level5', '2020-01-01');
    expect(nextIn([five], '2025-01-01', welder, welding2018([4, 3, 2, 1]))).toMatchObject({ level: 'level4' });
    expect(
      nextIn([five, revocation(five, '2021-01-01')], '2025-01-01', welder, welding2018([4, 3, 2, 1])),
    ).toMatchObject({ level: 'level4' });
  });

  it('given two standard versions, when the ladder is read before and after the newer takes effect, then each date judges by its own', () => {
    const four = certificate('11', 'level4', '2021-03-01', teaTaster);
    expect(nextIn([four], '2025-01-01', teaTaster)).toMatchObject({ rule: { template: 'A', standardVersion: '2019' } });
    expect(nextIn([four], '2030-06-01', teaTaster)).toMatchObject({ rule: { template: 'B', standardVersion: '2030' } });
  });

  it('given an occupation retired before the ladder’s date, then its next level has no rule: it is no longer assessed', () => {
    const five = certificate('15', 'level5', '2020-01-01', '6-31-01-99');
    expect(nextIn([five], '2023-12-31', '6-31-01-99')).toMatchObject({ level: 'level4', rule: { template: 'A' } });
    expect(nextIn([five], '2025-01-01', '6-31-01-99')).toMatchObject({
      level: 'level4',
      rule: null,
      reasonCode: 'occupation-retired',
      reason: 'occupation 6-31-01-99 was retired from the catalogue on 2024-01-01: it is no longer assessed',
    });
  });

  it('names each occupation as the catalogue does, a retired one too; one it does not hold is unnamed', () => {
    const facts = [
      certificate('12', 'level4', '2020-01-01'),
      certificate('13', 'level5', '2020-01-01', '6-31-01-99'),
      certificate('14', 'level5', '2020-01-01', '6-99-01-01'),
    ];
    const names = ladderOf(facts, '2025-01-01').occupations.map((o) => [o.occupationCode, o.occupationName]);
    expect(names).toEqual([
      [welder, '焊工'],
      ['6-31-01-99', '测试用已撤销职业'],
      ['6-99-01-01', null],
    ]);
  });
});
