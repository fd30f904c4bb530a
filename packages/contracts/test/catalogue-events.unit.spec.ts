import { describe, expect, it } from 'vitest';
import { catalogueEvents, createEventRegistry, groupRankOf, parentCodeOf } from '../src/index.ts';

const registry = createEventRegistry(catalogueEvents);
// Data as a writer might send it, right or wrong: the schema, not the compiler, is under test.
const validate = (type: (typeof catalogueEvents)[number]['type'], data: object) =>
  registry.validateNew(type, data as never) as { data: Record<string, unknown> };

const standard = {
  occupationCode: '6-31-01-03',
  version: '2018',
  title: '国家职业技能标准 电工',
  levels: [5, 4, 3, 2, 1],
  template: 'A',
  deviations: [],
  effectiveFrom: '2018-12-01',
  reason: '2018 年版标准',
};

describe('catalogue events (docs/domain.md §3.4)', () => {
  it('a group code names its rank and parent: 大类 6, 中类 6-31, 小类 6-31-01, 细类 6-31-01-03', () => {
    expect(['6', '6-31', '6-31-01'].map(groupRankOf)).toEqual(['major', 'middle', 'minor']);
    expect(['6-31-01-03', '6-31-01', '6-31', '6'].map(parentCodeOf)).toEqual(['6-31-01', '6-31', '6', null]);
    expect(() => validate('catalogue.GroupAdded', { code: '9-01', name: 'x', reason: 'r' })).toThrow(/code/);
    expect(() => validate('catalogue.GroupAdded', { code: '6-31-01-03', name: 'x', reason: 'r' })).toThrow(/code/);
  });

  it('an occupation code has the 大典 shape; its 工种 are each named once', () => {
    const occupation = {
      code: '6-31-01-03',
      name: '电工',
      kind: 'skilled',
      digital: false,
      green: false,
      workTypes: ['维修电工', '安装电工'],
      newOccupationPublishedOn: null,
      reason: '大典 2022',
    };
    expect(validate('catalogue.OccupationAdded', occupation).data.workTypes).toHaveLength(2);
    expect(() => validate('catalogue.OccupationAdded', { ...occupation, code: '6-31-1-03' })).toThrow(/大类-中类/);
    expect(() => validate('catalogue.OccupationAdded', { ...occupation, workTypes: ['维修电工', '维修电工'] })).toThrow(
      /each 工种 at most once/,
    );
  });

  it('a standard offers a non-empty subset of levels 1–5 under template A or B, deviations as data', () => {
    expect(validate('catalogue.StandardAdded', standard).data.levels).toEqual([5, 4, 3, 2, 1]);
    expect(() => validate('catalogue.StandardAdded', { ...standard, levels: [6, 5] })).toThrow(/digit 1–5/);
    expect(() => validate('catalogue.StandardAdded', { ...standard, levels: [] })).toThrow(/at least one level/);
    expect(() => validate('catalogue.StandardAdded', { ...standard, levels: [4, 4] })).toThrow(/at most once/);
    expect(() => validate('catalogue.StandardAdded', { ...standard, template: 'C' })).toThrow(/template is A or B/);
    const deviation = {
      kind: 'replace',
      ruleId: 'B-level4-2',
      rule: {
        id: 'B-level4-2/x',
        text: '五级 + 2 yrs',
        allOf: [{ kind: 'holds-level', level: 'level5', yearsSince: 2 }],
      },
    };
    expect(validate('catalogue.StandardAdded', { ...standard, deviations: [deviation] }).data.deviations).toHaveLength(
      1,
    );
    const unknownClause = { ...deviation, rule: { ...deviation.rule, allOf: [{ kind: 'luck' }] } };
    expect(() => validate('catalogue.StandardAdded', { ...standard, deviations: [unknownClause] })).toThrow();
  });

  it('a 专项职业能力 belongs to a Sichuan region and has a code of its own', () => {
    const ability = {
      code: 'S51-0001',
      name: '川菜烹饪',
      regionCode: null,
      occupationCode: '4-03-02-01',
      publishedOn: '2021-06-01',
      reason: '四川省专项职业能力考核规范',
    };
    expect(validate('catalogue.SpecialAbilityAdded', ability).data.name).toBe('川菜烹饪');
    expect(validate('catalogue.SpecialAbilityAdded', { ...ability, regionCode: '510700' }).data.regionCode).toBe(
      '510700',
    );
    expect(() => validate('catalogue.SpecialAbilityAdded', { ...ability, regionCode: '110100' })).toThrow(/Sichuan/);
    expect(() => validate('catalogue.SpecialAbilityAdded', { ...ability, code: 'x' })).toThrow(/专项职业能力 code/);
  });
});
