import { describe, expect, it } from 'vitest';
import {
  type CatalogueEvent,
  emptyCatalogue,
  evolveCatalogue,
  foldCatalogue,
  groupsAbove,
  newOccupationsOf,
  searchOccupations,
  standardInForce,
} from '../src/index.ts';

const reason = '大典 2022';
const occupation = (code: string, name: string, workTypes: string[] = [], publishedOn: string | null = null) => ({
  type: 'catalogue.OccupationAdded' as const,
  data: {
    code,
    name,
    kind: 'skilled' as const,
    digital: false,
    green: false,
    workTypes,
    newOccupationPublishedOn: publishedOn,
    reason,
  },
});
const standard = (version: string, effectiveFrom: string) => ({
  type: 'catalogue.StandardAdded' as const,
  data: {
    occupationCode: '4-03-02-01',
    version,
    title: `中式烹调师 ${version}`,
    levels: [5, 4, 3, 2, 1] as (1 | 2 | 3 | 4 | 5)[],
    template: 'B' as const,
    deviations: [],
    effectiveFrom,
    reason,
  },
});
const events: CatalogueEvent[] = [
  { type: 'catalogue.GroupAdded', data: { code: '4', name: '社会生产服务和生活服务人员', reason } },
  { type: 'catalogue.GroupAdded', data: { code: '4-03', name: '住宿和餐饮服务人员', reason } },
  occupation('4-03-02-01', '中式烹调师', ['川菜烹调师']),
  occupation('4-03-02-02', '中式面点师'),
  occupation('4-13-05-07', '碳汇计量评估师', [], '2022-06-14'),
  occupation('4-04-05-09', '区块链应用操作员', [], '2020-07-06'),
  standard('2024', '2024-03-01'),
  standard('2018', '2018-10-01'),
  {
    type: 'catalogue.StandardSuperseded',
    data: {
      occupationCode: '4-03-02-01',
      version: '2018',
      supersededOn: '2024-03-01',
      successorVersion: '2024',
      reason,
    },
  },
  { type: 'catalogue.OccupationRetired', data: { code: '4-03-02-02', retiredOn: '2025-01-01', reason } },
];
const catalogue = events.reduce(evolveCatalogue, emptyCatalogue());

describe('the catalogue as a reader holds it', () => {
  it('searches by name substring, 工种 names too, and by code prefix; retired ones only when asked', () => {
    expect(searchOccupations(catalogue, { name: '川菜', limit: 10 }).map((h) => h.matchedWorkTypes)).toEqual([
      ['川菜烹调师'],
    ]);
    expect(searchOccupations(catalogue, { codePrefix: '4-03', limit: 10 }).map((h) => h.occupation.code)).toEqual([
      '4-03-02-01',
    ]);
    expect(searchOccupations(catalogue, { codePrefix: '4-03', includeRetired: true, limit: 10 })).toHaveLength(2);
    expect(searchOccupations(catalogue, { limit: 2 }).map((h) => h.occupation.code)).toEqual([
      '4-03-02-01',
      '4-04-05-09',
    ]);
  });

  it('keeps standards by version and answers the one in force on a day', () => {
    expect(catalogue.occupations.get('4-03-02-01')?.standards.map((s) => s.version)).toEqual(['2018', '2024']);
    expect(standardInForce(catalogue, '4-03-02-01', '2020-01-01')?.version).toBe('2018');
    expect(standardInForce(catalogue, '4-03-02-01', '2024-03-01')?.version).toBe('2024');
    expect(standardInForce(catalogue, '4-03-02-01', '2017-01-01')).toBeUndefined();
  });

  it('lists 新职业 by year of publication and names the groups above an occupation', () => {
    expect(newOccupationsOf(catalogue, 2022).map((o) => o.name)).toEqual(['碳汇计量评估师']);
    expect(newOccupationsOf(catalogue, 2021)).toEqual([]);
    expect(groupsAbove(catalogue, '4-03-02-01').map((g) => [g.code, g.rank])).toEqual([
      ['4', 'major'],
      ['4-03', 'middle'],
    ]);
  });

  it('leaves the state it was given untouched, so a reader may hold it while the next is built', () => {
    const before = catalogue.occupations.get('4-04-05-09');
    const next = evolveCatalogue(catalogue, {
      type: 'catalogue.OccupationRetired',
      data: { code: '4-04-05-09', retiredOn: '2026-01-01', reason },
    });
    expect(catalogue.occupations.get('4-04-05-09')).toBe(before);
    expect(next.occupations.get('4-04-05-09')?.retiredOn).toBe('2026-01-01');
  });

  it('folds many events at once to what one by one gives, and leaves the state it began from untouched', () => {
    const before = emptyCatalogue();
    const folded = foldCatalogue(before, events);
    expect(folded).toEqual(catalogue);
    expect(before.occupations.size).toBe(0);
    const next = foldCatalogue(folded, [events[2] as CatalogueEvent]);
    expect(folded.groups).toBe(next.groups);
    expect(foldCatalogue(folded, [])).toBe(folded);
  });
});
