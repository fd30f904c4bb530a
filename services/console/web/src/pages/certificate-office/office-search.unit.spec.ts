import { describe, expect, it } from 'vitest';
import { EMPTY_SEARCH, planSearch } from './office-search.ts';

describe('the office search form', () => {
  it('given a certificate number, opens that certificate whatever else is filled in', () => {
    expect(planSearch({ ...EMPTY_SEARCH, certificateNo: ' Y000051001064253000001 ', bodyId: 'b-1' })).toEqual({
      plan: { kind: 'number', certificateNo: 'Y000051001064253000001' },
    });
  });

  it('given an ID number and a status, searches by the holder’s document; empty fields do not narrow', () => {
    expect(planSearch({ ...EMPTY_SEARCH, idNumber: '11010519491231002X', status: 'revoked' })).toEqual({
      plan: {
        kind: 'search',
        body: { status: 'revoked', document: { idType: 'resident-id-card', idNumber: '11010519491231002X' } },
      },
    });
  });

  it('given a bad ID number and a bad occupation code, names both fields with the API’s rules', () => {
    const planned = planSearch({ ...EMPTY_SEARCH, idNumber: '110105194912310021', occupationCode: '6-31' });
    expect(planned).toEqual({ errors: { idNumber: expect.any(String), occupationCode: expect.any(String) } });
  });
});
