import { describe, expect, it } from 'vitest';
import { catalogueNames } from '../src/application/catalogue-names.ts';
import { facetNames } from '../src/application/facet-names.ts';
import { heldCatalogue } from './career-samples.ts';

describe('a name for every facet code, so a page needs no tables of its own', () => {
  const names = catalogueNames(heldCatalogue());

  it('given counts of every facet, then 市(州), steps, industries, honours, medals and occupations are named', () => {
    const facets = {
      region: { '510100': 2, '513300': 1, unknown: 1 },
      highest: { level3: 2, 'chief-technician': 1, none: 1 },
      industry: { 'equipment-manufacturing': 3 },
      honour: { 'national-technical-expert': 1 },
      medal: { gold: 1, excellence: 2 },
      occupation: { '6-18-02-04': 3, '6-99-01-01': 1 },
      occupationGroup: { '6-18': 3 },
      trainingKind: { apprenticeship: 1 },
      trainingBrand: { 'sichuan-cuisine-chef': 2 },
    };
    expect(facetNames(facets, names)).toEqual({
      region: { '510100': '成都市', '513300': '甘孜藏族自治州', unknown: '未知' },
      highest: { level3: '三级/高级工', 'chief-technician': '首席技师', none: '无' },
      industry: { 'equipment-manufacturing': '装备制造' },
      honour: { 'national-technical-expert': '全国技术能手' },
      medal: { gold: '金牌', excellence: '优胜奖' },
      occupation: { '6-18-02-04': '焊工' },
      occupationGroup: { '6-18': '机械制造基础加工人员' },
      trainingKind: { apprenticeship: '企业新型学徒制' },
      trainingBrand: { 'sichuan-cuisine-chef': '川菜大师傅 (川菜师傅)' },
    });
  });
});
