import { type App, type Principal, personalDataConfigSchema, signToken } from '@tianfu/service-kit';
import { residentIdNumber, useTestDatabase } from '@tianfu/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { careerPolicy } from '../src/application/career-policy.ts';
import { careerStorage } from '../src/storage.ts';
import { bodyRegistered, certificateIssued, eventEnvelope } from './career-samples.ts';
import { testAppDeps } from './test-app-deps.ts';

const SECRET = 'career-http-test-secret-at-least-32-chars!!';
const db = useTestDatabase('career-http');
const chengdu = 'a1'.repeat(32);
const ganzi = 'b2'.repeat(32);
let app: App;
let storage: Awaited<ReturnType<typeof careerStorage>>;
let now = new Date('2025-06-01T00:00:00.000Z');

const issued = (workerId: string, bodyId: string, serial: string, holderName: string | null) =>
  certificateIssued(workerId, bodyId, serial, { holderName });

const token = (principal: Omit<Principal, 'sub'>) =>
  signToken({ secret: SECRET, principal: { sub: 'u', ...principal }, now: () => now });
const get = async (url: string, principal: Omit<Principal, 'sub'> = { role: 'hr' }) =>
  app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${await token(principal)}` } });

beforeAll(async () => {
  const clock = () => now;
  storage = await careerStorage(db(), db(), personalDataConfigSchema.parse({}), clock);
  ({ app } = await buildApp({
    storage,
    ...testAppDeps(db(), SECRET, clock),
  }));
  const [sealed, sealedGanzi] = await storage.vault.sealNames([
    { workerId: chengdu, name: '张三丰' },
    { workerId: ganzi, name: '李四' },
  ]);
  const policy = careerPolicy(storage.readSide(), storage.groupCounts);
  for (const event of [
    issued(chengdu, 'b-cd', '1', sealed ?? null),
    issued(ganzi, 'b-gz', '2', sealedGanzi ?? null),
    bodyRegistered('b-cd', '510100'),
    bodyRegistered('b-gz', '513300'),
  ])
    await policy(event);
}, 120_000);

describe('career over HTTP: names masked, hr region scope, worker token, CSV, erasure', () => {
  it('shows names masked, and an hr token scoped to a region sees only that 市(州)', async () => {
    const all = (await get('/v1/talent-pool?occupation=6-31')).json();
    expect(all.items.map((w: { maskedName: string }) => w.maskedName).sort()).toEqual(['张*', '李*']);
    expect(all.facetNames).toMatchObject({
      region: { '510100': '成都市', '513300': '甘孜藏族自治州' },
      industry: { 'equipment-manufacturing': '装备制造' },
    });
    const scoped = await get('/v1/talent-pool', { role: 'hr', region: '510100' });
    expect(scoped.json().items.map((w: { workerId: string }) => w.workerId)).toEqual([chengdu]);
    const outside = await get('/v1/talent-pool?region=513300', { role: 'hr', region: '510100' });
    expect(outside.statusCode).toBe(403);
    expect((await get(`/v1/workers/${ganzi}/ladder`, { role: 'hr', region: '510100' })).statusCode).toBe(403);
    expect((await get(`/v1/workers/${chengdu}/ladder`, { role: 'hr', region: '510100' })).statusCode).toBe(200);
  });

  it('a worker reads their own ladder and nobody else’s; employers cannot search the pool', async () => {
    expect((await get(`/v1/workers/${chengdu}/ladder`, { role: 'worker', workerId: chengdu })).statusCode).toBe(200);
    expect((await get(`/v1/workers/${ganzi}/ladder`, { role: 'worker', workerId: chengdu })).statusCode).toBe(403);
    expect((await get('/v1/talent-pool', { role: 'employer' })).statusCode).toBe(403);
  });

  it('answers 404 for the ladder of a worker it has no records of, and 400 for a query key a route does not take', async () => {
    const unknown = await get(`/v1/workers/${'0'.repeat(64)}/ladder`);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
    for (const url of [
      '/v1/talent-pool?occupation[$ne]=x',
      '/v1/talent-pool.csv?occupation[$ne]=x',
      '/v1/indicators?occupation[$ne]=x',
    ]) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(400);
      expect(response.json().errors).toEqual([expect.objectContaining({ field: 'querystring.occupation[$ne]' })]);
    }
  });

  it('reads a worker’s facts through an index (IXSCAN on MongoDB, an index scan on FerretDB) and the talent pool through its occupation lists, as the query plans show', async () => {
    const plan = await db().collection('v1_facts').find({ workerId: chengdu }).explain();
    expect(JSON.stringify(plan)).toMatch(/IXSCAN|Index Scan/);
    // The talent pool answers from memory; its plan names the index it went through.
    const electricians = (await get('/v1/talent-pool?occupation=6-31&explain=true')).json();
    expect(electricians.plan).toEqual({ access: 'occupation-group', key: '6-31', examined: 2, workers: 2 });
    const cooks = (await get('/v1/talent-pool?occupation=4-03-02&explain=true')).json();
    expect(cooks.plan).toEqual({ access: 'occupation-group', key: '4-03', examined: 0, workers: 2 });
    expect((await get('/v1/talent-pool?occupation=6-31')).json()).not.toHaveProperty('plan');
  });

  it('names the field and rule of a bad query (400 problem+json)', async () => {
    const response = await get('/v1/talent-pool?minLevel=grandmaster&after=zzz');
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).toContain('minLevel');
    expect((await get('/v1/talent-pool?after=not-a-cursor')).json()).toMatchObject({ status: 400 });
    expect((await get('/v1/indicators?from=2025-01-01&to=2024-01-01')).statusCode).toBe(400);
  });

  it('answers the indicators by year and 市(州) in one call beside the plan’s targets, for hr and admin; a scoped hr token sees only its 市(州)', async () => {
    const cells = (answer: { byYearAndRegion: { year: string; regionCode: string; newCertificates: number }[] }) =>
      answer.byYearAndRegion.map((r) => [r.year, r.regionCode, r.newCertificates]);
    const url = '/v1/indicators?from=2024-01-01&to=2024-12-31';
    const all = await get(url, { role: 'admin' });
    expect(all.statusCode).toBe(200);
    expect(cells(all.json())).toEqual([
      ['2024', '510100', 1],
      ['2024', '513300', 1],
    ]);
    expect(all.json().plan).toMatchObject({ section: '专栏1', period: { from: '2023-01-01', to: '2025-12-31' } });
    expect(all.json().targets[0]).toMatchObject({ measure: 'newCertificates', target: 450_000, unit: 'person-times' });
    expect(all.json().notCounted).toHaveLength(1);
    expect(cells((await get(url, { role: 'hr', region: '510100' })).json())).toEqual([['2024', '510100', 1]]);
  });

  it('exports the same query as CSV with a BOM, masked names and no ID number', async () => {
    const response = await get('/v1/talent-pool.csv?occupation=6-31&region=510100');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const lines = response.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'workerId,maskedName,regionCode,regionName,highest,highSkill,occupations,industries,honours,medals,lastCertifiedOn',
    );
    expect(lines.slice(1)).toEqual([
      `${chengdu},张*,510100,成都市,三级/高级工,true,6-31-01-03 电工 三级/高级工 2024-06-01,equipment-manufacturing,,,2024-06-01`,
    ]);
  });

  it('exports with Chinese headers and named codes on lang=zh, and a regional hr token exports only its 市(州)', async () => {
    const response = await get('/v1/talent-pool.csv?occupation=6-31&lang=zh', { role: 'hr', region: '510100' });
    expect(response.statusCode).toBe(200);
    const lines = response.body.split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFF人员编号,姓名,市(州)代码,市(州),最高等级,高技能人才,职业及等级,产业,荣誉,奖牌,最近取证日期',
    );
    expect(lines.slice(1, -1)).toEqual([
      `${chengdu},张*,510100,成都市,三级/高级工,是,6-31-01-03 电工 三级/高级工 2024-06-01,装备制造,,,2024-06-01`,
    ]);
    const outside = await get('/v1/talent-pool.csv?region=513300', { role: 'hr', region: '510100' });
    expect(outside.statusCode).toBe(403);
    expect((await get('/v1/talent-pool.csv?lang=fr')).json().errors).toEqual([
      expect.objectContaining({ field: 'querystring.lang' }),
    ]);
  });

  it('after erasure no name is shown anywhere, and counts and indicators stay the same', async () => {
    const indicatorsBefore = (await get('/v1/indicators?from=2024-01-01&to=2024-12-31')).json();
    const poolBefore = (await get('/v1/talent-pool')).json();
    const admin = `Bearer ${await token({ role: 'admin' })}`;
    const hr = `Bearer ${await token({ role: 'hr' })}`;
    const url = `/v1/workers/${chengdu}/erasure`;
    const forbidden = await app.inject({
      method: 'POST',
      url,
      headers: { authorization: hr },
      payload: { reason: 'x' },
    });
    expect(forbidden.statusCode).toBe(403);
    const erased = await app.inject({
      method: 'POST',
      url,
      headers: { authorization: admin },
      payload: { reason: '本人申请删除 (PIPL Art. 47)' },
    });
    expect(erased.statusCode).toBe(200);

    expect((await get(`/v1/workers/${chengdu}/ladder`)).json()).toMatchObject({
      maskedName: null,
      highest: { level: 'level3' },
    });
    const poolAfter = (await get('/v1/talent-pool')).json();
    expect(poolAfter.total).toBe(poolBefore.total);
    expect(poolAfter.facets).toEqual(poolBefore.facets);
    const names = Object.fromEntries(
      poolAfter.items.map((w: { workerId: string; maskedName: string | null }) => [w.workerId, w.maskedName]),
    );
    expect(names).toEqual({ [chengdu]: null, [ganzi]: '李*' });
    expect((await get('/v1/talent-pool.csv')).body).not.toContain('张');
    expect((await get('/v1/indicators?from=2024-01-01&to=2024-12-31')).json()).toEqual(indicatorsBefore);
    expect(
      await db()
        .collection('erasures')
        .findOne({ _id: chengdu as never }),
    ).toMatchObject({
      reason: '本人申请删除 (PIPL Art. 47)',
    });
  });
});

describe('the talent pool as the facts stand today', () => {
  it('a 特级技师 whose term has lapsed leaves the pool’s top step once the day passes, with no new event', async () => {
    const worker = 'c3'.repeat(32);
    const policy = careerPolicy(storage.readSide(), storage.groupCounts);
    await policy(issued(worker, 'b-cd', '3', null));
    await policy(
      eventEnvelope('talent.AppointmentMade', worker, {
        appointmentId: 'ap-1',
        workerId: worker,
        holderName: null,
        post: 'principal-technician',
        employer: { bodyId: 'b-cd', filingNo: 'Y000051001064', bodyName: '某重工' },
        occupationCode: '6-31-01-03',
        workType: '--',
        termStart: '2025-01-01',
        termEnd: '2025-12-31',
        eligibility: { basis: 'rule', ruleId: 'r-1', summary: '高级技师 5 年' },
        appointedAt: '2025-01-01T02:00:00.000Z',
      }),
    );
    const highestOf = async () =>
      (await get('/v1/talent-pool?minLevel=level3'))
        .json()
        .items.find((w: { workerId: string }) => w.workerId === worker)?.highest.level;
    expect(await highestOf()).toBe('principal-technician');
    expect(await storage.readSide().summaries.refreshChanged()).toBe(0);
    now = new Date('2026-01-01T02:00:00.000Z');
    expect(await storage.readSide().summaries.refreshChanged()).toBe(1);
    expect(await highestOf()).toBe('level3');
    expect(await storage.readSide().summaries.refreshChanged()).toBe(0);
  });

  // Last: its workers would join the pages and counts the tests above compare.
  it('an hr token scoped to a region looks up only the ID numbers of workers placed in it, others alike 404', async () => {
    const document = (i: number) => ({
      idType: 'resident-id-card' as const,
      idNumber: residentIdNumber(700 + i, '510100'),
    });
    const [inChengdu, inGanzi, unknown] = [document(1), document(2), document(3)];
    const policy = careerPolicy(storage.readSide(), storage.groupCounts);
    await policy(issued(storage.vault.identify(inChengdu).workerId, 'b-cd', '71', null));
    await policy(issued(storage.vault.identify(inGanzi).workerId, 'b-gz', '72', null));
    const lookup = async (payload: object, principal: Omit<Principal, 'sub'>) =>
      app.inject({
        method: 'POST',
        url: '/v1/workers/lookup',
        payload,
        headers: { authorization: `Bearer ${await token(principal)}` },
      });
    const regional = { role: 'hr', region: '510100' } as const;
    expect((await lookup(inChengdu, regional)).statusCode).toBe(200);
    const outside = await lookup(inGanzi, regional);
    const never = await lookup(unknown, regional);
    expect([outside.statusCode, never.statusCode]).toEqual([404, 404]);
    expect(outside.json().detail).toBe(never.json().detail);
    expect(outside.body).not.toContain(inGanzi.idNumber);
    expect((await lookup(inGanzi, { role: 'hr' })).json().workerId).toBe(storage.vault.identify(inGanzi).workerId);
  });
});
