import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/index.ts';
import { bearer, buildTestApp, NOW, tokenFor } from './support/test-app.ts';

let app: App;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(() => app.close());

const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

const expectUnauthenticated = (response: Awaited<ReturnType<typeof get>>) => {
  expect(response.statusCode).toBe(401);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.headers['www-authenticate']).toMatch(/^Bearer /);
  expect(response.json()).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
};

describe('authentication', () => {
  it('rejects a request without a token', async () => {
    expectUnauthenticated(await get('/v1/indicators'));
  });

  it('rejects a malformed token', async () => {
    expectUnauthenticated(await get('/v1/indicators', { authorization: 'Bearer not.a-token' }));
    expectUnauthenticated(await get('/v1/indicators', { authorization: 'Basic dXNlcjpwdw==' }));
  });

  it('rejects an expired token', async () => {
    const expiredAt = new Date(NOW.getTime() - 2 * 60 * 60 * 1000);
    const token = await tokenFor({ sub: 'u1', role: 'hr' }, { at: expiredAt, ttlSeconds: 3600 });
    const response = await get('/v1/indicators', { authorization: `Bearer ${token}` });
    expectUnauthenticated(response);
    expect(response.json().detail).toBe('token has expired');
  });

  it('rejects a token signed with another secret', async () => {
    const token = await tokenFor(
      { sub: 'u1', role: 'hr' },
      { secret: 'another-secret-that-is-also-32-characters-long' },
    );
    expectUnauthenticated(await get('/v1/indicators', { authorization: `Bearer ${token}` }));
  });

  it('leaves routes without a guard public', async () => {
    expect((await get('/health')).statusCode).toBe(200);
  });
});

describe('authorization', () => {
  it('lets a listed role through and exposes the principal', async () => {
    const response = await get('/v1/indicators', await bearer({ sub: 'u1', role: 'hr', region: '510100' }));
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ role: 'hr' });
  });

  it('forbids a role that is not listed, naming the required roles', async () => {
    const response = await get('/v1/indicators', await bearer({ sub: 'e1', role: 'employer' }));
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'FORBIDDEN', requiredRoles: ['hr', 'talent-office'] });
    expect(response.json().detail).toContain('hr, talent-office');
  });

  it('checks the scope: an assessment body reaches only its own resources', async () => {
    const headers = await bearer({ sub: 'b1', role: 'assessment-body', bodyId: 'B-1' });
    const own = await get('/v1/bodies/B-1/sessions', headers);
    expect(own.statusCode).toBe(200);
    expect(own.json()).toEqual({ bodyId: 'B-1', caller: 'b1' });
    const other = await get('/v1/bodies/B-2/sessions', headers);
    expect(other.statusCode).toBe(403);
    expect(other.json()).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('judges token and role before validation, so a stranger learns nothing of what a route takes', async () => {
    expectUnauthenticated(await get('/v1/bodies/not-a-body/sessions?unknown=1'));
    const employer = await bearer({ sub: 'e1', role: 'employer' });
    expect((await get('/v1/bodies/not-a-body/sessions?unknown=1', employer)).statusCode).toBe(403);
    const body = await bearer({ sub: 'b1', role: 'assessment-body', bodyId: 'B-1' });
    expect((await get('/v1/bodies/not-a-body/sessions', body)).statusCode).toBe(400);
  });

  it('lets admin pass every role and scope check', async () => {
    const headers = await bearer({ sub: 'root', role: 'admin' });
    expect((await get('/v1/indicators', headers)).statusCode).toBe(200);
    expect((await get('/v1/bodies/B-2/sessions', headers)).statusCode).toBe(200);
  });
});
