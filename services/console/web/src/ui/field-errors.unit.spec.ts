import { describe, expect, it } from 'vitest';
import type { ApiProblem } from '../api/clients.ts';
import { problemFieldErrors } from './field-errors.ts';

const refusal = (errors: ApiProblem['errors']) => ({ kind: 'api-problem', errors }) as ApiProblem;

describe('the fields a problem+json names, as the form names them (problemFieldErrors)', () => {
  it('drops the request part the services put first: body, querystring, query and params', () => {
    const errors = [
      { field: 'body.name', rule: 'r', message: 'a' },
      { field: 'querystring.to', rule: 'r', message: 'b' },
      { field: 'params.sessionId', rule: 'r', message: 'c' },
    ];
    expect(problemFieldErrors(refusal(errors))).toEqual({ name: 'a', to: 'b', sessionId: 'c' });
  });
});
