import { describe, expect, it } from 'vitest';
import { apiProblem, isApiProblem, ok, okOrNull } from '../src/index.ts';

const url = 'http://127.0.0.1:4101/v1/bodies';
const invalid = {
  type: 'about:blank',
  title: 'Bad Request',
  status: 400,
  code: 'VALIDATION_FAILED',
  detail: 'the body is invalid',
  errors: [{ field: 'body.creditCode', rule: 'credit_code_check', message: 'the check character is wrong' }],
};
const answer = (status: number, body: unknown) => ({
  ...(status < 300 ? { data: body } : { error: body }),
  response: new Response(status === 204 ? null : JSON.stringify(body), { status }),
});

describe('apiProblem', () => {
  it('carries the status, the stable code and the first bad field of a problem+json answer', () => {
    const problem = apiProblem(url, 400, invalid);
    expect(problem).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', field: 'body.creditCode' });
    expect(problem.errors).toEqual(invalid.errors);
    expect(problem.message).toBe(
      `${url} answered 400 VALIDATION_FAILED: the body is invalid (body.creditCode the check character is wrong)`,
    );
  });

  it('takes the one field a domain refusal names as an extension member, with its detail as the message', () => {
    const refusal = {
      code: 'CONFIRMATION_DATE_IMPLAUSIBLE',
      detail: 'confirmedOn 2099-01-01 must lie between the start of the competition year 2025 and today',
      field: 'confirmedOn',
      rule: 'confirmation_date_range',
    };
    const problem = apiProblem(url, 422, refusal);
    expect(problem).toMatchObject({
      field: 'confirmedOn',
      message: `${url} answered 422 ${refusal.code}: ${refusal.detail}`,
    });
    expect(problem.errors).toEqual([
      { field: 'confirmedOn', rule: 'confirmation_date_range', message: refusal.detail },
    ]);
    expect(apiProblem(url, 409, { code: 'TEAM_FULL', field: 'teamId' }).errors).toEqual([
      { field: 'teamId', rule: 'TEAM_FULL', message: '' },
    ]);
  });

  it('names an answer that is no problem document by its status, keeping the start of its text', () => {
    const problem = apiProblem(url, 502, '<html>Bad Gateway</html>');
    expect(problem).toMatchObject({
      status: 502,
      code: 'HTTP_502',
      field: undefined,
      detail: '<html>Bad Gateway</html>',
    });
  });

  it('is recognised by isApiProblem, by code when codes are given', () => {
    const problem = apiProblem(url, 409, { code: 'BODY_ALREADY_REGISTERED' });
    expect(isApiProblem(problem)).toBe(true);
    expect(isApiProblem(problem, 'SESSION_CLOSED', 'BODY_ALREADY_REGISTERED')).toBe(true);
    expect(isApiProblem(problem, 'SESSION_CLOSED')).toBe(false);
    expect(isApiProblem(new Error('BODY_ALREADY_REGISTERED'))).toBe(false);
    expect(isApiProblem(null)).toBe(false);
  });
});

describe('ok and okOrNull', () => {
  it('give the data of a success', async () => {
    await expect(ok(Promise.resolve(answer(201, { bodyId: 'b-1' })))).resolves.toEqual({ bodyId: 'b-1' });
    await expect(okOrNull(Promise.resolve(answer(200, { bodyId: 'b-1' })))).resolves.toEqual({ bodyId: 'b-1' });
  });

  it('throw a refusal as an ApiProblem', async () => {
    await expect(ok(Promise.resolve(answer(400, invalid)))).rejects.toMatchObject({
      kind: 'api-problem',
      status: 400,
      field: 'body.creditCode',
    });
    await expect(okOrNull(Promise.resolve(answer(403, { code: 'FORBIDDEN' })))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('tell a 404 apart: okOrNull answers null, ok throws it', async () => {
    const missing = () => Promise.resolve(answer(404, { code: 'BODY_NOT_FOUND' }));
    await expect(okOrNull(missing())).resolves.toBeNull();
    await expect(ok(missing())).rejects.toMatchObject({ status: 404, code: 'BODY_NOT_FOUND' });
  });
});
