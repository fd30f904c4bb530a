import { describe, expect, it } from 'vitest';
import { createEventRegistry, ShortageListSchema, SubsidyRuleSetSchema, subsidyRuleSetEvents } from '../src/index.ts';

const clause = {
  document: '四川省技能提升补贴政策通知 (2023)',
  article: '五级 1,000, 四级 1,500, 三级 2,000 yuan',
  url: null,
};
const cite = <T>(value: T) => ({ value, clause, confirmed: true });
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
};
const ruleSet = {
  ruleSetId: 'sc-skill-upgrade',
  version: 1,
  region: '510000',
  kinds: ['skill-upgrade'],
  effectiveFrom: '2023-01-01',
  effectiveTo: null,
  publishedOn: '2023-01-01',
  judgedOn: 'claim-date',
  source: { document: clause.document, url: 'http://example.org/notice' },
  parameters: {
    ...none,
    amountsByLevel: cite({ level5: 100_000, level4: 150_000, level3: 200_000 }),
    yearlyCapPerKind: cite(3),
    sameLevelOnce: cite(true),
    higherLevelBlocksLower: cite(true),
    claimWindowMonths: cite(12),
    insuredYears: cite(1),
  },
};

/** The paths of every issue the schema raises, as a refusal names them. */
const refusedPaths = (input: unknown): string[] => {
  const result = SubsidyRuleSetSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
};
const withParameters = (parameters: object) => ({ ...ruleSet, parameters: { ...ruleSet.parameters, ...parameters } });

describe('a subsidy rule set (docs/domain.md §7.8)', () => {
  it('§7.8 a whole rule set parses; a clause without a url reads as null', () => {
    expect(SubsidyRuleSetSchema.parse(ruleSet).parameters.insuredYears?.clause.url).toBeNull();
  });

  it('§7.8 a negative amount is refused, naming the level', () => {
    expect(refusedPaths(withParameters({ amountsByLevel: cite({ level4: -1 }) }))).toEqual([
      'parameters.amountsByLevel.value.level4',
    ]);
  });

  it('§7.8 a parameter without its clause is refused, naming it', () => {
    expect(refusedPaths(withParameters({ insuredYears: { value: 1, confirmed: true } }))).toEqual([
      'parameters.insuredYears.clause',
    ]);
    const noArticle = { value: 12, clause: { document: clause.document, article: '' }, confirmed: true };
    expect(refusedPaths(withParameters({ claimWindowMonths: noArticle }))).toEqual([
      'parameters.claimWindowMonths.clause.article',
    ]);
  });

  it('§7.8 a parameter its kind needs, left out, is refused naming it', () => {
    expect(refusedPaths(withParameters({ insuredYears: null }))).toEqual(['parameters.insuredYears']);
  });

  it('§7.8 a share outside 0–1, a validity ending on or before its start, a region outside Sichuan are refused', () => {
    const apprenticeship = {
      ...ruleSet,
      kinds: ['apprenticeship'],
      parameters: {
        ...none,
        apprenticeAmountPerYear: cite(400_000),
        apprenticeAdvanceShare: cite(1.5),
        yearlyCapPerKind: cite(1),
      },
    };
    expect(refusedPaths(apprenticeship)).toEqual(['parameters.apprenticeAdvanceShare.value']);
    expect(refusedPaths({ ...ruleSet, effectiveTo: '2023-01-01' })).toEqual(['effectiveTo']);
    expect(refusedPaths({ ...ruleSet, region: '440300' })).toEqual(['region']);
  });

  it('§7.8 a 急需紧缺 list entry ends after it starts', () => {
    const list = {
      listId: 'sc',
      region: '510100',
      entries: [{ occupationCode: '6-18-02-04', from: '2025-01-01', to: '2025-01-01' }],
      clause,
      confirmed: false,
    };
    const result = ShortageListSchema.safeParse(list);
    expect(result.success ? [] : result.error.issues.map((i) => i.path.join('.'))).toEqual(['entries.0.to']);
  });

  it('§7.8 the registry’s events carry a rule set as the schema parses it', () => {
    const registry = createEventRegistry([...subsidyRuleSetEvents]);
    const event = registry.validateNew('subsidy.RuleSetPublished', {
      ruleSet: ruleSet as never,
      supersedes: null,
      publishedAt: '2023-01-01T00:00:00+08:00',
    });
    expect(event).toMatchObject({ schemaVersion: 1, data: { ruleSet: { ruleSetId: 'sc-skill-upgrade' } } });
    expect(() =>
      registry.validateNew('subsidy.RuleSetSuperseded', {
        ruleSetId: 'sc-skill-upgrade',
        version: 1,
        effectiveTo: 'soon',
        supersededBy: { ruleSetId: 'sc-skill-upgrade', version: 2 },
        at: '2025-06-01T00:00:00+08:00',
      }),
    ).toThrow(/effectiveTo/);
  });
});
