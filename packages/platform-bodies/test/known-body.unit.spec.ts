import { describe, expect, it } from 'vitest';
import type { BodyFact } from '../src/body-fact.ts';
import { knownBody } from '../src/known-body.ts';

const registered: BodyFact = {
  _id: 'e-1',
  kind: 'registered',
  bodyId: 'heavy',
  filingNo: 'Y000051001064',
  name: '四川某重工有限公司',
  category: 'employer',
  regionCode: '510700',
  at: '2024-01-01T00:00:00.000Z',
};
const status = (kind: 'suspended' | 'reinstated', at: string, _id: string): BodyFact => ({
  _id,
  kind,
  bodyId: 'heavy',
  at,
});

describe('a body as the registry knows it', () => {
  it('is unknown until registered, then named as the authority registered it', () => {
    expect(knownBody([])).toBeNull();
    expect(knownBody([status('suspended', '2024-02-01T00:00:00.000Z', 'e-2')])).toBeNull();
    expect(knownBody([registered])).toEqual({
      bodyId: 'heavy',
      filingNo: 'Y000051001064',
      name: '四川某重工有限公司',
      category: 'employer',
      regionCode: '510700',
      suspended: false,
    });
  });

  it('is suspended until a later reinstatement, whatever order the facts arrived in', () => {
    const suspended = status('suspended', '2024-02-01T00:00:00.000Z', 'e-2');
    const reinstated = status('reinstated', '2024-03-01T00:00:00.000Z', 'e-3');
    expect(knownBody([registered, suspended])?.suspended).toBe(true);
    expect(knownBody([reinstated, registered, suspended])?.suspended).toBe(false);
    expect(
      knownBody([suspended, reinstated, registered, status('suspended', '2024-04-01T00:00:00.000Z', 'e-4')])?.suspended,
    ).toBe(true);
  });
});
