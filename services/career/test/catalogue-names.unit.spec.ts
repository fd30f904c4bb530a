import { describe, expect, it } from 'vitest';
import { catalogueNames } from '../src/application/catalogue-names.ts';
import { heldCatalogue } from './career-samples.ts';

describe('names as the catalogue held gives them (docs/domain.md §3.4)', () => {
  const names = catalogueNames(heldCatalogue());

  it('given facet counts, then each occupation and 中类 the catalogue holds is named, a code it does not hold left out', () => {
    const facets = {
      occupation: { '6-18-02-04': 3, '6-31-01-99': 1, '6-99-01-01': 2 },
      occupationGroup: { '6-18': 3, '6-31': 1, '6-99': 2 },
    };
    expect(names.facets(facets)).toEqual({
      occupation: { '6-18-02-04': '焊工', '6-31-01-99': '测试用已撤销职业' },
      occupationGroup: { '6-18': '机械制造基础加工人员', '6-31': '生产辅助人员' },
    });
  });

  it('given an occupation code, then its name, or null when the catalogue holds none', () => {
    expect(names.occupation('4-03-02-01')).toBe('中式烹调师');
    expect(names.occupation('6-99-01-01')).toBeNull();
  });
});
