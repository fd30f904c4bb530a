import { uniqueName } from '@tianfu/testing';
import { describe, expect, it } from 'vitest';
import { providerStreamId } from '../src/application/training-streams.ts';
import { providerBody, providerToken, useTrainingApp } from './http-fixtures.ts';
import { creditCode } from './samples.ts';

const { started, send } = useTrainingApp('training-providers');

const fieldsOf = (body: { errors?: { field: string; rule?: string }[] }) =>
  (body.errors ?? []).map((e) => `${e.field} ${e.rule ?? ''}`.trim());
const streamOf = (providerId: string) => started().storage.store.readStream(providerStreamId(providerId));

describe('registering providers (docs/domain.md §7.1)', () => {
  it('registers a provider, lists it in the public directory, and shows its own record to its token only', async () => {
    const id = uniqueName('p');
    const made = await send('POST', '/v1/providers', providerBody(id));
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({ providerId: id, status: 'listed', grade: null, revision: 1 });
    const own = await send('GET', `/v1/providers/${id}`, undefined, await providerToken(id));
    expect(own.json()).toMatchObject({ providerId: id, kind: 'technical-school', statusReason: null });
    const other = await send('GET', `/v1/providers/${id}`, undefined, await providerToken('someone-else'));
    expect(other.statusCode).toBe(403);
  });

  it('refuses a bad 统一社会信用代码, a county code and an unknown kind with 400 naming each field; nothing stored', async () => {
    const id = uniqueName('p');
    const code = creditCode();
    const wrongCheck = `${code.slice(0, 17)}${code.endsWith('0') ? '1' : '0'}`;
    const bad = await send(
      'POST',
      '/v1/providers',
      providerBody(id, { creditCode: wrongCheck, regionCode: '510104', kind: 'school' }),
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(fieldsOf(bad.json()).map((f) => f.split(' ')[0])).toEqual(
      expect.arrayContaining(['body.creditCode', 'body.regionCode', 'body.kind']),
    );
    expect((await streamOf(id)).events).toHaveLength(0);
  });

  it('refuses items the catalogue does not list or retired, naming each; nothing stored', async () => {
    const id = uniqueName('p');
    const items = [
      { kind: 'occupation', code: '6-31-01-99' },
      { kind: 'special-ability', code: 'S51-9999' },
    ];
    const refused = await send('POST', '/v1/providers', providerBody(id, { items }));
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'ITEM_NOT_IN_CATALOGUE' });
    expect(fieldsOf(refused.json())).toEqual(['items.0.code retired_in_catalogue', 'items.1.code not_in_catalogue']);
    expect((await streamOf(id)).events).toHaveLength(0);
  });

  it('suspends, refuses a second suspension, reinstates, removes for good; the directory follows', async () => {
    const id = uniqueName('p');
    expect((await send('POST', '/v1/providers', providerBody(id, { regionCode: '513300' }))).statusCode).toBe(201);
    const inGanzi = async () =>
      (await send('GET', '/v1/directory/providers?regionCode=513300&limit=200', undefined, {}))
        .json()
        .items.map((p: { providerId: string }) => p.providerId);
    expect(await inGanzi()).toContain(id);
    const suspended = await send('POST', `/v1/providers/${id}/suspend`, { reason: '虚报培训人数' });
    expect(suspended.json()).toMatchObject({ status: 'suspended', statusReason: '虚报培训人数' });
    expect(await inGanzi()).not.toContain(id);
    expect((await send('POST', `/v1/providers/${id}/suspend`, { reason: '再次' })).json().code).toBe(
      'PROVIDER_SUSPENDED',
    );
    expect((await send('POST', `/v1/providers/${id}/reinstate`, { reason: '整改完成' })).json().status).toBe('listed');
    expect(await inGanzi()).toContain(id);
    expect((await send('POST', `/v1/providers/${id}/remove`, { reason: '主动退出' })).json().status).toBe('removed');
    const again = await send('POST', `/v1/providers/${id}/reinstate`, { reason: '申请恢复' });
    expect([again.statusCode, again.json().code]).toEqual([409, 'PROVIDER_REMOVED']);
    expect(await inGanzi()).not.toContain(id);
    const register = async (status: string) =>
      (await send('GET', `/v1/providers?regionCode=513300&status=${status}&limit=200`)).json().items;
    expect((await register('removed')).find((p: { providerId: string }) => p.providerId === id)).toMatchObject({
      status: 'removed',
      statusReason: '主动退出',
      statusChangedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
    expect((await register('listed')).map((p: { providerId: string }) => p.providerId)).not.toContain(id);
    const byProvider = await send('GET', '/v1/providers?status=removed', undefined, await providerToken(id));
    expect(byProvider.statusCode).toBe(403);
    const badStatus = await send('GET', '/v1/providers?status=closed');
    expect([badStatus.statusCode, fieldsOf(badStatus.json())[0]?.split(' ')[0]]).toEqual([400, 'querystring.status']);
    expect((await streamOf(id)).events.map((e) => e.type)).toEqual([
      'training.ProviderRegistered',
      'training.ProviderSuspended',
      'training.ProviderReinstated',
      'training.ProviderRemoved',
    ]);
  });
});

describe('the public directory (docs/domain.md §7.1)', () => {
  it('filters by 市(州), item, kind and grade in force, page by page', async () => {
    const prefix = uniqueName('dir');
    // Three providers in 阿坝 (one of them an online platform graded A), sorting a, b, c.
    for (const [suffix, kind] of [
      ['a', 'technical-school'],
      ['b', 'online-platform'],
      ['c', 'technical-school'],
    ] as const) {
      const made = await send(
        'POST',
        '/v1/providers',
        providerBody(`${prefix}-${suffix}`, { regionCode: '513200', kind }),
      );
      expect(made.statusCode, made.body).toBe(201);
    }
    const graded = await send('POST', `/v1/providers/${prefix}-b/grades`, {
      grade: 'A',
      gradedOn: '2024-01-01',
      assessor: '四川省人社厅',
      validUntil: '2099-12-31',
    });
    expect(graded.json().grade).toMatchObject({ grade: 'A', validUntil: '2099-12-31' });
    const lapsed = { grade: 'B', gradedOn: '2020-01-01', assessor: '四川省人社厅', validUntil: '2021-12-31' };
    expect((await send('POST', `/v1/providers/${prefix}-c/grades`, lapsed)).json().grade).toBeNull();

    const ids = async (query: string) => {
      const answer = await send('GET', `/v1/directory/providers?regionCode=513200&${query}`, undefined, {});
      expect(answer.statusCode, answer.body).toBe(200);
      const { items, next } = answer.json() as { items: { providerId: string }[]; next: string | null };
      return { ids: items.map((p) => p.providerId).filter((p) => p.startsWith(prefix)), next };
    };
    expect((await ids('kind=online-platform')).ids).toEqual([`${prefix}-b`]);
    expect((await ids('grade=A')).ids).toEqual([`${prefix}-b`]);
    expect((await ids('grade=B')).ids).toEqual([]);
    expect((await ids('occupation=S51-0012&limit=200')).ids).toEqual([`${prefix}-a`, `${prefix}-b`, `${prefix}-c`]);
    expect((await ids('occupation=6-18-02-04')).ids).toEqual([]);
    const first = await ids(`limit=2&after=${prefix}`);
    expect(first).toEqual({ ids: [`${prefix}-a`, `${prefix}-b`], next: `${prefix}-b` });
    expect((await ids(`limit=2&after=${prefix}-b`)).ids).toEqual([`${prefix}-c`]);
    const badQuery = await send('GET', '/v1/directory/providers?grade=E', undefined, {});
    expect([badQuery.statusCode, fieldsOf(badQuery.json())[0]?.split(' ')[0]]).toEqual([400, 'querystring.grade']);
  });
});
