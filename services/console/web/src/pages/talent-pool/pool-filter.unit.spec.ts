import { describe, expect, it } from 'vitest';
import { emptyFilter, poolFilterSchema, poolQuery } from './pool-filter.ts';

const schema = poolFilterSchema({ dateRule: 'date', dateOrder: 'order', occupationRule: 'occupation' });
const setOnly = (query: object) => Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined));

describe('the talent-pool filter form', () => {
  it('given only some filters set, when asked, then the query carries those and the order', () => {
    expect(setOnly(poolQuery({ ...emptyFilter(), occupation: '6-31', highSkill: true }))).toEqual({
      occupation: '6-31',
      sort: 'level',
      highSkill: 'true',
    });
    expect(setOnly(poolQuery(emptyFilter('510100')))).toEqual({ region: '510100', sort: 'level' });
  });

  it('given training filters (docs/domain.md §7.7), then the query carries them by the route’s names', () => {
    const filter = {
      ...emptyFilter(),
      trainedOccupation: '4-03',
      trainingKind: 'apprenticeship',
      trainingBrand: 'sichuan-cuisine-chef',
      trainedFrom: '2024-01-01',
      trainedTo: '2024-12-31',
    } as const;
    expect(setOnly(poolQuery(filter))).toEqual({
      trainedOccupation: '4-03',
      trainingKind: 'apprenticeship',
      trainingBrand: 'sichuan-cuisine-chef',
      trainedFrom: '2024-01-01',
      trainedTo: '2024-12-31',
      sort: 'level',
    });
  });

  it('given dates the wrong way round or a bad step, then the form names the field as the API would', () => {
    const fields = (filter: object) => schema.safeParse(filter).error?.issues.map((i) => i.path.join('.'));
    expect(fields({ ...emptyFilter(), certifiedFrom: '2025-01-02', certifiedTo: '2025-01-01' })).toEqual([
      'certifiedFrom',
    ]);
    expect(fields({ ...emptyFilter(), trainedFrom: '2025-01-02', trainedTo: '2025-01-01' })).toEqual(['trainedFrom']);
    expect(fields({ ...emptyFilter(), trainedOccupation: '4-3' })).toEqual(['trainedOccupation']);
    expect(fields({ ...emptyFilter(), minLevel: 'grandmaster' })).toEqual(['minLevel']);
    expect(schema.safeParse({ ...emptyFilter(), region: '510100', minLevel: 'level3' }).success).toBe(true);
  });
});
