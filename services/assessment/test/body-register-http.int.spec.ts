import type { App } from '@tianfu/service-kit';
import { uniqueName, useTestDatabase } from '@tianfu/testing';
import type { Db } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, testApp, validBody } from './fixtures.ts';
import { electricianFiling } from './session-setup.ts';

const db = useTestDatabase('assessment-body-register');
let app: App;
let database: Db;
// Ids sort in this order, which is the register's page order: one unique prefix, then a, b, c.
const prefix = uniqueName('reg');
const [chengdu, suspended, mianyang] = ['a', 'b', 'c'].map((letter) => `${prefix}-${letter}`);

const admin = () => bearer({ sub: 'authority-1', role: 'admin' });
const call = async (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  app.inject({ method, url, headers: await admin(), ...(payload ? { payload } : {}) });
const listed = async (query: string) => {
  const response = await call('GET', `/v1/bodies?${query}`);
  expect(response.statusCode).toBe(200);
  return response.json() as { items: { bodyId: string; statusReason: string | null }[]; next: string | null };
};

beforeAll(async () => {
  database = db();
  ({ app } = await testApp(database));
  await app.ready();
  for (const bodyId of [chengdu, suspended]) await call('POST', '/v1/bodies', { bodyId, ...validBody });
  await call('POST', '/v1/bodies', { bodyId: mianyang, ...validBody, regionCode: '510700' });
  await call('POST', `/v1/bodies/${suspended}/suspend`, { reason: '滥发证' });
  const { occupationCode, standardVersion, levels } = electricianFiling;
  const filed = await call('PUT', `/v1/bodies/${chengdu}/occupations/${occupationCode}`, { standardVersion, levels });
  expect(filed.statusCode).toBe(200);
});

afterAll(async () => {
  await app?.close();
});

describe('GET /v1/bodies: the authority register of evaluation bodies (docs/domain.md §2.1)', () => {
  it('pages in bodyId order: `next` leads to the rest and is null on the last page', async () => {
    const first = await listed('limit=2');
    expect(first.items.map((b) => b.bodyId)).toEqual([chengdu, suspended]);
    expect(first.next).toBe(suspended);
    const rest = await listed(`limit=2&after=${first.next}`);
    expect(rest.items.map((b) => b.bodyId)).toEqual([mianyang]);
    expect(rest.next).toBeNull();
  });

  it('filters by 市(州), status and filed occupation, with each body’s filings and supervision reason', async () => {
    expect((await listed('regionCode=510700')).items.map((b) => b.bodyId)).toEqual([mianyang]);
    expect((await listed('status=suspended')).items).toEqual([
      expect.objectContaining({ bodyId: suspended, status: 'suspended', statusReason: '滥发证', revision: 2 }),
    ]);
    const filed = (await listed(`occupationCode=${electricianFiling.occupationCode}`)).items;
    expect(filed).toEqual([
      expect.objectContaining({
        bodyId: chengdu,
        filings: [
          expect.objectContaining({
            occupationCode: electricianFiling.occupationCode,
            levels: electricianFiling.levels,
          }),
        ],
      }),
    ]);
  });

  it('reads the reason of a line cached before the reason was kept from the body’s stream', async () => {
    await database
      .collection('body_directory')
      .updateOne({ _id: suspended as never }, { $unset: { statusReason: '' } });
    expect((await listed('status=suspended')).items[0]).toMatchObject({ bodyId: suspended, statusReason: '滥发证' });
  });

  it('keeps the reason out of the public directory', async () => {
    const response = await app.inject({ method: 'GET', url: '/v1/directory/bodies?status=suspended' });
    expect(response.json().items).toEqual([expect.not.objectContaining({ statusReason: expect.anything() })]);
    expect(response.json().items[0]).toMatchObject({ bodyId: suspended });
  });

  it('answers a bad filter with 400 naming the field, and refuses every role but the authority', async () => {
    const bad = await call('GET', '/v1/bodies?regionCode=110000&limit=0');
    expect(bad.statusCode).toBe(400);
    const fields = (bad.json() as { errors: { field: string }[] }).errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['querystring.regionCode', 'querystring.limit']));
    const body = await bearer({ sub: 'body-user', role: 'assessment-body', bodyId: chengdu });
    expect((await app.inject({ method: 'GET', url: '/v1/bodies', headers: body })).statusCode).toBe(403);
  });
});
