import { describe, expect, it } from 'vitest';
import { type ParameterName, parameterRows } from './rule-set-parameters.ts';
import type { RuleSet } from './subsidy-types.ts';

const clause = {
  document: '四川省技能提升补贴政策通知 (2023)',
  article: '五级 1,000, 四级 1,500, 三级 2,000 yuan',
  url: null,
};
const cited = <T>(value: T, confirmed = true) => ({ value, clause, confirmed });
const none = {
  amountsByLevel: null,
  shortageUpliftPercent: null,
  yearlyCapPerKind: null,
  yearlyCapTotal: null,
  shortageExtraClaims: null,
  sameLevelOnce: null,
  higherLevelBlocksLower: null,
  claimWindowMonths: null,
  insuredYears: null,
  apprenticeAmountPerYear: null,
  apprenticeAdvanceShare: null,
  livingAllowance: null,
  apprenticeExclusive: null,
  livingAllowanceGroups: null,
} satisfies RuleSet['parameters'];
const words = {
  yuan: (amount: string) => `${amount} 元`,
  level: (level: string) => level,
  kind: (kind: string) => kind,
  notKnown: '未明确',
  yes: '是',
  no: '否',
  times: (n: number) => `${n} 次`,
  months: (n: number) => `${n} 个月`,
  years: (n: number) => `${n} 年`,
  percent: (n: number) => `${n}%`,
};
const names = Object.keys(none) as ParameterName[];

describe("a rule set's parameters in words (docs/domain.md §7.8)", () => {
  it('lists the stated ones in order with their values, clauses and whether they are confirmed', () => {
    const parameters: RuleSet['parameters'] = {
      ...none,
      amountsByLevel: cited({ level3: 200_000, level5: 100_000, level4: null }),
      yearlyCapTotal: cited({ claims: 3, kinds: ['skill-upgrade', 'training'] }, false),
      sameLevelOnce: cited(true),
      claimWindowMonths: cited(12),
      insuredYears: cited(1),
      apprenticeAdvanceShare: cited(0.5, false),
    };
    expect(parameterRows(parameters, names, words)).toEqual([
      {
        name: 'amountsByLevel',
        value: 'level5 1,000.00 元；level4 未明确；level3 2,000.00 元',
        clause,
        confirmed: true,
      },
      { name: 'yearlyCapTotal', value: '3 次（skill-upgrade、training）', clause, confirmed: false },
      { name: 'sameLevelOnce', value: '是', clause, confirmed: true },
      { name: 'claimWindowMonths', value: '12 个月', clause, confirmed: true },
      { name: 'insuredYears', value: '1 年', clause, confirmed: true },
      { name: 'apprenticeAdvanceShare', value: '50%', clause, confirmed: false },
    ]);
  });

  it('lists nothing for a rule set that states nothing', () => {
    expect(parameterRows(none, names, words)).toEqual([]);
  });
});
