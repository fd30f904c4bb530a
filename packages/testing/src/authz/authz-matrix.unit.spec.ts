import { describe, expect, it } from 'vitest';
import { matrixRequest } from './authz-requests.ts';
import { judged } from './authz-table.ts';
import { nextValue } from './not-alike.ts';

describe('a matrix cell', () => {
  it('given a 404, when the table expects admission, then it admits; when it expects a refusal, then it is 404', () => {
    expect(judged('admitted', 404)).toBe('admitted');
    expect(judged('404', 404)).toBe('404');
    expect(judged('403', 404)).toBe('404');
    expect(judged('404', 400)).toBe('admitted');
    expect(judged('admitted', 401)).toBe('401');
    expect(judged('404', 403)).toBe('403');
  });

  const close = { method: 'POST', url: '/v1/sessions/:sessionId/close' };
  const read = { method: 'GET', url: '/v1/sessions/:sessionId' };
  const params = { sessionId: 's/1' };

  it('given a route, when a home token asks, then it sends the probe: an unknown query key and an empty body', () => {
    expect(matrixRequest(close, 'assessment-body', params, {})).toEqual({
      method: 'POST',
      url: '/v1/sessions/s%2F1/close?authz_probe=1',
      headers: { 'content-type': 'application/json' },
      payload: '{}',
    });
    expect(matrixRequest(read, 'assessment-body', {}, undefined)).toEqual({
      method: 'GET',
      url: '/v1/sessions/x?authz_probe=1',
    });
  });

  it('given a scoped request, when an elsewhere token writes or any token reads, then it sends the valid request', () => {
    const amend = { body: { venue: '某地' }, query: 'dryRun=1' };
    expect(matrixRequest(close, 'assessment-body elsewhere', params, amend)).toEqual({
      method: 'POST',
      url: '/v1/sessions/s%2F1/close?dryRun=1',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ venue: '某地' }),
    });
    expect(matrixRequest(read, 'no token', params, {})).toEqual({ method: 'GET', url: '/v1/sessions/s%2F1' });
    const csv = { body: 'a,b', contentType: 'text/csv' };
    expect(matrixRequest(close, 'hr elsewhere', params, csv).headers).toEqual({ 'content-type': 'text/csv' });
  });
});

describe('the parameter of a resource that does not exist', () => {
  it('given an id, when moved on, then it keeps its length and alphabet and differs', () => {
    expect(nextValue('00001')).toBe('00002');
    expect(nextValue('s-9')).toBe('s-0');
    expect(nextValue('authz-session')).toBe('authz-sessioo');
    expect(nextValue('abz')).toBe('aba');
  });
});
