import type { CatalogueEvent } from '@tianfu/catalogue-view';
import type { CatalogueEntry } from '../src/domain/catalogue-entry.ts';
import type { CatalogueUsage } from '../src/domain/catalogue-usage.ts';

export const reason = '《中华人民共和国职业分类大典（2022年版）》';

export const groups: CatalogueEntry[] = [
  { entity: 'group', code: '6', name: '生产制造及有关人员' },
  { entity: 'group', code: '6-31', name: '电力、热力、气体、水生产和输配人员' },
  { entity: 'group', code: '6-31-01', name: '电力设备安装、运行、检修及供电人员' },
];

export const electrician: Extract<CatalogueEntry, { entity: 'occupation' }> = {
  entity: 'occupation',
  code: '6-31-01-03',
  name: '电工',
  kind: 'skilled',
  digital: false,
  green: false,
  workTypes: ['维修电工', '安装电工'],
  newOccupationPublishedOn: null,
};

export const standard2018: Extract<CatalogueEntry, { entity: 'standard' }> = {
  entity: 'standard',
  occupationCode: '6-31-01-03',
  version: '2018',
  title: '国家职业技能标准 电工（2018年版）',
  levels: [5, 4, 3, 2, 1],
  template: 'A',
  deviations: [],
  effectiveFrom: '2018-12-01',
};

/** The events that add these entries, as the store would hand them back. */
export const added = (...entries: CatalogueEntry[]): CatalogueEvent[] =>
  entries.map(({ entity, ...data }) => {
    const type = {
      group: 'catalogue.GroupAdded',
      occupation: 'catalogue.OccupationAdded',
      standard: 'catalogue.StandardAdded',
      'special-ability': 'catalogue.SpecialAbilityAdded',
    }[entity];
    return { type, data: { ...data, reason } } as CatalogueEvent;
  });

/** No open session or filing uses anything. */
export const unused: CatalogueUsage = { sessions: [], filings: [] };
