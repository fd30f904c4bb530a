import { CompetitionTierSchema, type ContestResult } from '@tianfu/contracts';
import { describe, expect, it } from 'vitest';
import { awardsOf, type Standing } from '../src/domain/promotion-rules/awards.ts';
import { type CertifiedLevel, promotedLevel } from '../src/domain/promotion-rules/promotion-level.ts';
import { defaultRuleSet, ruleSet, ruleSets } from '../src/domain/promotion-rules/rule-sets.ts';
import { result, workerOf } from './samples.ts';

const standing = (
  i: number,
  r: ContestResult,
  heldLevel: CertifiedLevel | null = null,
  track: Standing['track'] = 'employee',
): Standing => ({ entrantId: `e-${i}`, workerId: workerOf(i), track, heldLevel, result: r });
const individual: { level: CertifiedLevel; teamSize: number } = { level: 'level2', teamSize: 1 };
const levelsOf = (set: string, standings: Standing[], contestEvent = individual) =>
  awardsOf(ruleSet(set), contestEvent, standings).promotions.map((p) => [p.entrantId, p.level, p.ruleId]);
const honoursOf = (set: string, standings: Standing[], contestEvent = individual) =>
  awardsOf(ruleSet(set), contestEvent, standings).honours.map((h) => [h.entrantId, h.honour]);

describe('"to level L, or one level up if already at L" (docs/domain.md §4.1)', () => {
  it('promotes to L from nothing or from below, one up from L, never above 高级技师', () => {
    expect(promotedLevel('level2', null)).toBe('level2');
    expect(promotedLevel('level2', 'level4')).toBe('level2');
    expect(promotedLevel('level2', 'level2')).toBe('level1');
    // "No rule seen promotes beyond 高级技师": at L = 高级技师 there is no step up.
    expect(promotedLevel('level1', 'level1')).toBeNull();
    expect(promotedLevel('level1', 'level2')).toBe('level1');
  });

  it('gives nothing to a worker already above what the rule gives', () => {
    expect(promotedLevel('level2', 'level1')).toBeNull();
    expect(promotedLevel('level3', 'level1')).toBeNull();
  });
});

describe('national class-1: 中华人民共和国职业技能大赛 (docs/domain.md §4.1 [32])', () => {
  it('优胜奖 or better → 技师; a 技师 entrant → 高级技师; no medal → nothing', () => {
    const standings = [
      standing(1, result(1, 'gold')),
      standing(2, result(9, 'excellence'), 'level2'),
      standing(3, result(30)),
    ];
    expect(levelsOf('national-class-1', standings)).toEqual([
      ['e-1', 'level2', 'nc1-excellence-or-better'],
      ['e-2', 'level1', 'nc1-excellence-or-better'],
    ]);
  });

  it('a 高级技师 medallist is not promoted beyond 高级技师 but still earns the title', () => {
    const standings = [standing(1, result(1, 'gold'), 'level1')];
    expect(levelsOf('national-class-1', standings)).toEqual([]);
    expect(honoursOf('national-class-1', standings)).toEqual([['e-1', 'national-technical-expert']]);
  });

  it('全国技术能手: top 5; two-person teams top 3; three-person teams top 2', () => {
    const ranks = [1, 2, 3, 4, 5, 6].map((rank) => standing(rank, result(rank, rank <= 3 ? 'gold' : null)));
    const winners = (teamSize: number) =>
      honoursOf('national-class-1', ranks, { level: 'level2', teamSize }).map(([entrantId]) => entrantId);
    expect(winners(1)).toEqual(['e-1', 'e-2', 'e-3', 'e-4', 'e-5']);
    expect(winners(2)).toEqual(['e-1', 'e-2', 'e-3']);
    expect(winners(3)).toEqual(['e-1', 'e-2']);
  });
});

describe('employee and student tracks differ (docs/domain.md §4.1, printing-industry contest [33])', () => {
  it('employees: top 5 → 技师, 6–20 → 高级工; students: top 5 → 高级工, 6–20 nothing', () => {
    const employees = [standing(1, result(3)), standing(2, result(12)), standing(3, result(21))];
    const students = [4, 5].map((i) => standing(i, result(i === 4 ? 3 : 12), null, 'student'));
    expect(levelsOf('national-industry', [...employees, ...students])).toEqual([
      ['e-1', 'level2', 'ind-employee-top-5'],
      ['e-2', 'level3', 'ind-employee-rank-6-20'],
      ['e-4', 'level3', 'ind-student-top-5'],
    ]);
  });

  it('only employees earn 全国技术能手 there; Sichuan class-1 has no student rule (⚠)', () => {
    const students = [standing(1, result(1, 'gold', 95), null, 'student')];
    expect(honoursOf('national-industry', students)).toEqual([]);
    expect(levelsOf('sichuan-class-1', students)).toEqual([]);
  });
});

describe('Sichuan class-1 and 四川工匠杯 (docs/domain.md §4.1 [34][35])', () => {
  it('1–3 → 高级技师, 4–8 → 技师, passed → 高级工; the highest level any met rule gives wins', () => {
    const standings = [
      standing(1, result(2, null, 90)),
      standing(2, result(5, null, 80)),
      standing(3, result(20, null, 61)),
    ];
    expect(levelsOf('sichuan-class-1', [...standings, standing(4, result(21, null, 59))])).toEqual([
      ['e-1', 'level1', 'sc1-employee-rank-1-3'],
      ['e-2', 'level2', 'sc1-employee-rank-4-8'],
      ['e-3', 'level3', 'sc1-employee-passed'],
    ]);
  });

  it('the 1st-place employee is 四川省技术能手; at the 四川工匠杯 1st also earns 四川工匠, a student only that', () => {
    const employee = standing(1, result(1, null, 96));
    const student = standing(2, result(1, null, 94), null, 'student');
    expect(honoursOf('sichuan-class-1', [employee, standing(3, result(2))])).toEqual([
      ['e-1', 'sichuan-technical-expert'],
    ]);
    expect(honoursOf('sichuan-craftsman-cup', [employee, student])).toEqual([
      ['e-1', 'sichuan-craftsman'],
      ['e-1', 'sichuan-technical-expert'],
      ['e-2', 'sichuan-craftsman'],
    ]);
  });
});

describe('Tianjin reference rules (docs/domain.md §4.1 [36]; ⚠ for Sichuan)', () => {
  it('enterprise or school contests: the top 30 % of the ranked field → 中级工', () => {
    const field = Array.from({ length: 10 }, (_, i) => standing(i + 1, result(i + 1)));
    expect(levelsOf('enterprise-or-school', field).map(([entrantId, level]) => [entrantId, level])).toEqual([
      ['e-1', 'level4'],
      ['e-2', 'level4'],
      ['e-3', 'level4'],
    ]);
  });

  it('the capped rule sets are the Tianjin-derived ones, each flagged unconfirmed', () => {
    const capped = ruleSets.filter((r) => r.onePromotionPerYear);
    expect(capped.map((r) => r.ruleSetId)).toEqual(['sichuan-class-2', 'municipal', 'enterprise-or-school']);
    expect(capped.every((r) => r.unconfirmed)).toBe(true);
  });
});

describe('rule data', () => {
  it('every tier has a default rule set made for it; rule ids are unique', () => {
    for (const tier of CompetitionTierSchema.options) {
      expect(ruleSet(defaultRuleSet[tier]).tiers).toContain(tier);
    }
    const ids = ruleSets.flatMap((r) => [...r.promotions, ...r.honours].map((rule) => `${r.ruleSetId}/${rule.ruleId}`));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('"per notice" rules promote to the level the contest event names', () => {
    const standings = [standing(1, result(1, 'bronze'))];
    expect(levelsOf('national-per-notice', standings, { level: 'level3', teamSize: 1 })).toEqual([
      ['e-1', 'level3', 'nat-notice-medal'],
    ]);
  });
});
