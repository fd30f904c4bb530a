import type { App } from '@tianfu/service-kit';
import { signToken } from '@tianfu/service-kit';
import { useTestDatabase, waitUntil } from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { catalogueStorage } from '../src/storage.ts';

const SECRET = 'catalogue-test-secret-at-least-32-characters';
const db = useTestDatabase('catalogue-http');
let app: App;
let admin: Record<string, string>;

beforeAll(async () => {
  const clock = () => new Date();
  const storage = await catalogueStorage(db(), clock);
  ({ app } = await buildApp({ ...storage, authSecret: SECRET, clock, version: 'test', logLevel: 'silent' }));
  await app.ready();
  admin = {
    authorization: `Bearer ${await signToken({ secret: SECRET, principal: { sub: 'authority', role: 'admin' } })}`,
  };
}, 60_000);

afterAll(async () => {
  await app?.close();
});

const bom = '\uFEFF';
const occupationsCsv = [
  '编码,名称,类别,数字职业,绿色职业,工种,新职业发布日期,来源',
  '4,社会生产服务和生活服务人员,,,,,,大典 2022',
  '4-03,住宿和餐饮服务人员,,,,,,大典 2022',
  '4-03-02,餐饮服务人员,,,,,,大典 2022',
  '4-03-02-01,中式烹调师,技能人员,否,否,川菜烹调师；粤菜烹调师,,大典 2022',
  '4-03-02-02,中式面点师,技能人员,否,否,,,大典 2022',
].join('\r\n');
const standardsCsv = [
  '职业编码,版本,标准名称,等级,申报条件模板,施行日期',
  '4-03-02-01,2018,国家职业技能标准 中式烹调师,五级、四级、三级、二级、一级,B,2018-10-01',
  '4-03-02-01,2024,国家职业技能标准 中式烹调师（2024年版）,5;4;3;2;1,B,2024-06-01',
].join('\n');

const upload = (sheet: string, csv: string, reason = '导入 2022 年版大典') =>
  app.inject({
    method: 'POST',
    url: `/v1/catalogue/imports/${sheet}?reason=${encodeURIComponent(reason)}`,
    payload: Buffer.from(csv),
    headers: { ...admin, 'content-type': 'text/csv' },
  });
const search = (query: string) => app.inject({ method: 'GET', url: `/v1/occupations?${query}` });

describe('the catalogue over HTTP (real FerretDB)', () => {
  it('imports a 大典 sheet with a BOM and Chinese headers, then its standards; a repeat applies nothing', async () => {
    const first = await upload('occupations.csv', bom + occupationsCsv);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({
      rows: 5,
      applied: true,
      events: { 'catalogue.GroupAdded': 3, 'catalogue.OccupationAdded': 2 },
    });
    expect((await upload('standards.csv', standardsCsv)).json()).toMatchObject({
      events: { 'catalogue.StandardAdded': 2 },
    });
    expect((await upload('occupations.csv', occupationsCsv)).json()).toMatchObject({ applied: false, events: {} });
  });

  it('finds occupations by 工种 name and by code prefix, and reads one with its groups and standards', async () => {
    const byWorkType = await search(`q=${encodeURIComponent('川菜')}`);
    expect(byWorkType.json().items).toEqual([
      expect.objectContaining({ code: '4-03-02-01', matchedWorkTypes: ['川菜烹调师'], levels: [5, 4, 3, 2, 1] }),
    ]);
    expect((await search('code=4-03-02')).json().items.map((o: { code: string }) => o.code)).toEqual([
      '4-03-02-01',
      '4-03-02-02',
    ]);
    const one = await app.inject({ method: 'GET', url: '/v1/occupations/4-03-02-01' });
    expect(one.json().groups.map((g: { name: string }) => g.name)).toEqual([
      '社会生产服务和生活服务人员',
      '住宿和餐饮服务人员',
      '餐饮服务人员',
    ]);
    expect(one.json().standards.map((s: { version: string }) => s.version)).toEqual(['2018', '2024']);
    const unknown = await app.inject({ method: 'GET', url: '/v1/occupations/4-03-02-99' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'OCCUPATION_NOT_FOUND' });
  });

  it('answers with an ETag a client revalidates (304), changed by any change to the catalogue', async () => {
    const first = await search('code=4');
    const etag = String(first.headers.etag);
    expect(first.headers['cache-control']).toContain('public');
    expect(
      (await app.inject({ method: 'GET', url: '/v1/occupations?code=4', headers: { 'if-none-match': etag } }))
        .statusCode,
    ).toBe(304);
    const supersede = await app.inject({
      method: 'POST',
      url: '/v1/catalogue/occupations/4-03-02-01/standards/2018/supersede',
      payload: { supersededOn: '2024-06-01', successorVersion: '2024', reason: '2024 年版标准施行' },
      headers: admin,
    });
    expect(supersede.statusCode).toBe(200);
    expect(supersede.json().standards[0]).toMatchObject({
      version: '2018',
      supersededOn: '2024-06-01',
      successorVersion: '2024',
    });
    const after = await app.inject({
      method: 'GET',
      url: '/v1/occupations?code=4',
      headers: { 'if-none-match': etag },
    });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
  });

  it('refuses a sheet with bad rows whole, naming every row, field and rule; nothing is imported', async () => {
    const bad = ['编码,名称,工种', '4-03-02-03,西式烹调师,', '4-3-02-04,错误编码,', '4-99-01-01,无上级,'].join('\n');
    const refused = await upload('occupations.csv', bad);
    expect(refused.statusCode).toBe(422);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json().problems).toEqual([
      expect.objectContaining({ row: 3, column: '编码', rule: 'occupation_code' }),
    ]);
    const orphan = await upload(
      'occupations.csv',
      ['编码,名称', '4-03-02-03,西式烹调师', '4-99-01-01,无上级'].join('\n'),
    );
    expect(orphan.json().problems).toEqual([
      expect.objectContaining({ row: 3, field: 'code', rule: 'parent_missing' }),
    ]);
    const standards = [
      '职业编码,版本,标准名称,等级,申报条件模板,施行日期',
      '4-03-02-02,2019,中式面点师,6;5,B,2019-01-01',
      '4-03-02-02,2020,中式面点师,5;4,C,2020-01-01',
      '4-03-02-01,2018,重复版本,5,B,2018-01-01',
    ].join('\n');
    const standardProblems = (await upload('standards.csv', standards)).json().problems;
    expect(standardProblems).toEqual([
      expect.objectContaining({ row: 2, column: '等级', message: expect.stringContaining('1–5') }),
      expect.objectContaining({ row: 3, column: '申报条件模板', message: expect.stringContaining('A or B') }),
    ]);
    expect((await search('code=4-03-02-03')).json().items).toEqual([]);
  });

  it('refuses one entry with 4xx problem+json naming field and rule: bad shape 400, no parent 422, duplicate 409', async () => {
    const occupation = {
      code: '4-03-02-03',
      name: '西式烹调师',
      kind: 'skilled',
      digital: false,
      green: false,
      workTypes: [],
      newOccupationPublishedOn: null,
      reason: '补录',
    };
    const post = (url: string, payload: object) => app.inject({ method: 'POST', url, payload, headers: admin });
    const shape = await post('/v1/catalogue/occupations', { ...occupation, code: '4-3-02-03' });
    expect(shape.statusCode).toBe(400);
    expect(shape.json().errors).toEqual([expect.objectContaining({ field: 'body.code' })]);
    const orphan = await post('/v1/catalogue/occupations', { ...occupation, code: '4-98-01-01' });
    expect(orphan.statusCode).toBe(422);
    expect(orphan.json().errors).toEqual([expect.objectContaining({ field: 'code', rule: 'parent_missing' })]);
    expect((await post('/v1/catalogue/occupations', occupation)).statusCode).toBe(201);
    expect((await post('/v1/catalogue/occupations', occupation)).statusCode).toBe(409);
    const levels = await post('/v1/catalogue/occupations/4-03-02-03/standards', {
      version: '2022',
      title: '西式烹调师',
      levels: [0],
      template: 'B',
      deviations: [],
      effectiveFrom: '2022-01-01',
      reason: '补录',
    });
    expect(levels.statusCode).toBe(400);
    expect(levels.json().errors[0].field).toBe('body.levels.0');
  });

  it('lists 新职业 by year and refuses writes without the admin role', async () => {
    const add = await app.inject({
      method: 'POST',
      url: '/v1/catalogue/occupations',
      headers: admin,
      payload: {
        code: '4-03-02-09',
        name: '预制菜工艺师 ⚠ test only',
        kind: 'skilled',
        digital: false,
        green: true,
        workTypes: [],
        newOccupationPublishedOn: '2024-07-31',
        reason: '新职业',
      },
    });
    expect(add.statusCode).toBe(201);
    const listed = await app.inject({ method: 'GET', url: '/v1/new-occupations?year=2024' });
    expect(listed.json().items.map((o: { code: string }) => o.code)).toEqual(['4-03-02-09']);
    const worker = {
      authorization: `Bearer ${await signToken({ secret: SECRET, principal: { sub: 'planner', role: 'hr' } })}`,
    };
    const denied = await app.inject({
      method: 'POST',
      url: '/v1/catalogue/groups',
      headers: worker,
      payload: { code: '5', name: 'x', reason: 'y' },
    });
    expect(denied.statusCode).toBe(403);
  });
});

describe('another instance on the same store', () => {
  it('answers from the commits the first one appended, with the same ETag, and soon from later ones', async () => {
    const clock = () => new Date();
    const storage = await catalogueStorage(db(), clock);
    const { app: other } = await buildApp({
      ...storage,
      authSecret: SECRET,
      clock,
      version: 'test',
      logLevel: 'silent',
    });
    try {
      const here = await search('code=4-03-02-01');
      const there = await other.inject({ method: 'GET', url: '/v1/occupations?code=4-03-02-01' });
      expect(there.json()).toEqual(here.json());
      expect(there.headers.etag).toBe(here.headers.etag);

      const standard = {
        title: '中式烹调师',
        levels: [5, 4, 3],
        template: 'B',
        deviations: [],
        effectiveFrom: '2026-01-01',
      };
      const added = await app.inject({
        method: 'POST',
        url: '/v1/catalogue/occupations/4-03-02-01/standards',
        headers: admin,
        payload: { ...standard, version: '2026', reason: '新版标准' },
      });
      expect(added.statusCode).toBe(201);
      const seen = await waitUntil(
        () => other.inject({ method: 'GET', url: '/v1/occupations/4-03-02-01' }),
        (r) => r.headers.etag === added.headers.etag,
        { what: 'the other instance to read the new commit', timeoutMs: 10_000 },
      );
      expect(seen.json().standards.map((s: { version: string }) => s.version)).toContain('2026');
    } finally {
      await other.close();
    }
  });
});
