import type { App } from '@tianfu/service-kit';
import { uniqueName, useTestDatabase } from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, testApp, validBody } from './fixtures.ts';

const db = useTestDatabase('assessment-bodies');
let app: App;

beforeAll(async () => {
  ({ app } = await testApp(db()));
  await app.ready();
});

afterAll(async () => {
  await app?.close();
});

const admin = () => bearer({ sub: 'authority-1', role: 'admin' });
const register = async (payload: object, headers: Record<string, string> | undefined) =>
  app.inject({ method: 'POST', url: '/v1/bodies', payload, ...(headers ? { headers } : {}) });

describe('POST /v1/bodies: the provincial authority registers evaluation bodies (docs/domain.md §2.1)', () => {
  it('registers a body (201) and answers the same registration again with 409 BODY_ALREADY_REGISTERED', async () => {
    const bodyId = uniqueName('body');
    const first = await register({ bodyId, ...validBody }, await admin());
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ bodyId, ...validBody, kind: 'Y', status: 'active', revision: 1 });

    const again = await register({ bodyId, ...validBody }, await admin());
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'BODY_ALREADY_REGISTERED' });
  });

  it('rejects a bad 备案号, credit code checksum and non-Sichuan region with 400 naming each field', async () => {
    const bad = { filingNo: 'X00005100106', creditCode: '914403001922038217', regionCode: '110000' };
    const response = await register({ bodyId: uniqueName('body'), ...validBody, ...bad }, await admin());
    expect(response.statusCode).toBe(400);
    const fields = (response.json() as { errors: { field: string }[] }).errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['body.filingNo', 'body.creditCode', 'body.regionCode']));
  });

  it('answers 401 without a token and 403 for a role other than the authority', async () => {
    const payload = { bodyId: uniqueName('body'), ...validBody };
    expect((await register(payload, undefined)).statusCode).toBe(401);
    const bodyToken = await bearer({ sub: 'body-user', role: 'assessment-body', bodyId: payload.bodyId });
    expect((await register(payload, bodyToken)).statusCode).toBe(403);
  });
});

describe('suspend and reinstate (docs/domain.md §2.1 supervision)', () => {
  it('a suspended body reads as suspended with the reason; reinstating makes it active', async () => {
    const bodyId = uniqueName('body');
    await register({ bodyId, ...validBody }, await admin());
    const suspend = await app.inject({
      method: 'POST',
      url: `/v1/bodies/${bodyId}/suspend`,
      headers: await admin(),
      payload: { reason: '滥发证' },
    });
    expect(suspend.statusCode).toBe(200);

    const read = await app.inject({ method: 'GET', url: `/v1/bodies/${bodyId}`, headers: await admin() });
    expect(read.json()).toMatchObject({ bodyId, status: 'suspended', statusReason: '滥发证', revision: 2 });

    const twice = await app.inject({
      method: 'POST',
      url: `/v1/bodies/${bodyId}/suspend`,
      headers: await admin(),
      payload: { reason: '滥发证' },
    });
    expect(twice.json()).toMatchObject({ code: 'BODY_ALREADY_SUSPENDED' });

    const reinstate = await app.inject({
      method: 'POST',
      url: `/v1/bodies/${bodyId}/reinstate`,
      headers: await admin(),
      payload: { reason: '整改完成' },
    });
    expect(reinstate.json()).toMatchObject({ status: 'active', statusReason: '整改完成' });
  });

  it('shows the reason to the authority and the body itself; the public reads the directory, which omits it', async () => {
    const bodyId = uniqueName('body');
    await register({ bodyId, ...validBody }, await admin());
    const suspension = {
      method: 'POST' as const,
      url: `/v1/bodies/${bodyId}/suspend`,
      payload: { reason: '考评员舞弊' },
    };
    expect((await app.inject({ ...suspension, headers: await admin() })).statusCode).toBe(200);
    const read = async (headers: Record<string, string> = {}) =>
      app.inject({ method: 'GET', url: `/v1/bodies/${bodyId}`, headers });
    const own = await read(await bearer({ sub: 'clerk', role: 'assessment-body', bodyId }));
    expect(own.json()).toMatchObject({ bodyId, statusReason: '考评员舞弊' });
    expect((await read()).statusCode).toBe(401);
    expect((await read(await bearer({ sub: 'other', role: 'assessment-body', bodyId: 'other' }))).statusCode).toBe(403);
    expect((await read(await bearer({ sub: 'firm', role: 'employer' }))).statusCode).toBe(403);
    const directory = await app.inject({ method: 'GET', url: '/v1/directory/bodies?status=suspended' });
    const listed = directory.json().items.find((entry: { bodyId: string }) => entry.bodyId === bodyId);
    expect(listed).toMatchObject({ bodyId, status: 'suspended' });
    expect(listed).not.toHaveProperty('statusReason');
  });

  it('answers 404 BODY_NOT_REGISTERED for an unknown body', async () => {
    const response = await app.inject({
      method: 'GET',
      url: `/v1/bodies/${uniqueName('missing')}`,
      headers: await admin(),
    });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'BODY_NOT_REGISTERED' });
  });
});
