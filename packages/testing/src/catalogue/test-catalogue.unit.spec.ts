import { standardInForce } from '@tianfu/catalogue-view/state';
import { describe, expect, it } from 'vitest';
import { testCatalogue } from './test-catalogue.ts';

describe('the test catalogue every service tests against', () => {
  it('holds the six built-in occupations and 评茶师, each with a standard in force in 2025', () => {
    const catalogue = testCatalogue();
    const codes = ['6-31-01-03', '6-18-02-04', '6-18-01-01', '4-03-02-01', '4-10-01-05', '4-04-04-02', '6-02-06-11'];
    for (const code of codes) expect(standardInForce(catalogue, code, '2025-06-01'), code).toBeDefined();
  });

  it('holds one of each state a filing must refuse: superseded, retired, not yet in force, a retired occupation', () => {
    const catalogue = testCatalogue();
    const electrician = catalogue.occupations.get('6-31-01-03')?.standards;
    expect(electrician?.find((s) => s.version === '2009')).toMatchObject({ supersededOn: '2018-12-01' });
    expect(catalogue.occupations.get('6-18-02-04')?.standards[0]).toMatchObject({ retiredOn: '2018-12-01' });
    expect(catalogue.occupations.get('6-02-06-11')?.standards.at(-1)).toMatchObject({ effectiveFrom: '2030-01-01' });
    expect(catalogue.occupations.get('6-31-01-99')?.retiredOn).toBe('2024-01-01');
  });
});
