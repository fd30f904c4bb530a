import { describe, expect, it } from 'vitest';
import { emptyFilter, poolFilterSchema, poolQuery } from './pool-filter.ts';

const schema = poolFilterSchema({ dateRule: 'date', dateOrder: 'order', occupationRule: 'occupation' });

describe('the talent-pool filter form', () => {
  it('given only some filters set, when asked, then the query carries those and the order', () => {
    expect(poolQuery({ ...emptyFilter(), occupation: '6-31', highSkill: true })).toEqual({
      occupation: '6-31',
      sort: 'level',
      highSkill: 'true',
    });
    expect(poolQuery(emptyFilter('510100'))).toEqual({ region: '510100', sort: 'level' });
  });

  it('given dates the wrong way round or a bad step, then the form names the field as the API would', () => {
    const fields = (filter: object) => schema.safeParse(filter).error?.issues.map((i) => i.path.join('.'));
    expect(fields({ ...emptyFilter(), certifiedFrom: '2025-01-02', certifiedTo: '2025-01-01' })).toEqual([
      'certifiedFrom',
    ]);
    expect(fields({ ...emptyFilter(), minLevel: 'grandmaster' })).toEqual(['minLevel']);
    expect(schema.safeParse({ ...emptyFilter(), region: '510100', minLevel: 'level3' }).success).toBe(true);
  });
});
