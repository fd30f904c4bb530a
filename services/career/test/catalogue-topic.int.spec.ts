import type { CatalogueState } from '@tianfu/catalogue-view/state';
import { type App, type Principal, personalDataConfigSchema, signToken } from '@tianfu/service-kit';
import {
  type TestCatalogueTopic,
  teaProcessor,
  teaProcessorImported,
  testCatalogueTopic,
  useTestDatabase,
  waitUntil,
} from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { careerPolicy } from '../src/application/career-policy.ts';
import { careerStorage } from '../src/storage.ts';
import { bodyRegistered, certificateIssued } from './career-samples.ts';
import { testAppDeps } from './test-app-deps.ts';

const reason = '大典 2022';
const SECRET = 'career-catalogue-test-secret-of-32-chars!';
const db = useTestDatabase('career-catalogue');
const worker = 'd4'.repeat(32);
const clock = () => new Date('2025-06-01T00:00:00.000Z');
let held: TestCatalogueTopic;
let app: App;
let storage: Awaited<ReturnType<typeof careerStorage>>;

const get = async (url: string, principal: Omit<Principal, 'sub'> = { role: 'hr' }) => {
  const token = await signToken({ secret: SECRET, principal: { sub: 'u', ...principal }, now: clock });
  return (await app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } })).json();
};
const holds = (test: (state: CatalogueState) => boolean, what: string) =>
  waitUntil(() => held.follower.current(), test, { what });
const teaOf = (ladder: { occupations: { occupationCode: string }[] }) =>
  ladder.occupations.find((o) => o.occupationCode === teaProcessor);

beforeAll(async () => {
  held = await testCatalogueTopic('career-catalogue');
  storage = await careerStorage(db(), db(), personalDataConfigSchema.parse({}), clock);
  ({ app } = await buildApp({
    storage,
    ...testAppDeps(db(), SECRET, clock, held.follower),
  }));
  await careerPolicy(storage.readSide(), storage.groupCounts)(bodyRegistered('b-ya', '511800'));
}, 120_000);

afterAll(async () => {
  await app?.close();
  await held?.stop();
}, 60_000);

describe('career holds the catalogue from its topic (real Kafka)', () => {
  it('an occupation imported while it runs shows on the ladder under its name, with the next level its standard offers, and ends at its top', async () => {
    await held.publish(...teaProcessorImported);
    await holds((state) => state.occupations.has(teaProcessor), 'career to hold 茶叶加工工');
    const policy = careerPolicy(storage.readSide(), storage.groupCounts);
    await policy(certificateIssued(worker, 'b-ya', '81', { occupationCode: teaProcessor, level: 'level4' }));
    expect(teaOf(await get(`/v1/workers/${worker}/ladder`))).toMatchObject({
      occupationName: '茶叶加工工',
      current: 'level4',
      next: { level: 'level3', rule: { standardVersion: '2009' } },
    });
    await policy(
      certificateIssued(worker, 'b-ya', '82', {
        occupationCode: teaProcessor,
        level: 'level3',
        issuedOn: '2025-03-01',
      }),
    );
    expect(teaOf(await get(`/v1/workers/${worker}/ladder`))).toMatchObject({ current: 'level3', next: null });
  });

  it('the pool counts it in the occupation and 中类 facets, named as the catalogue names them, and names it on the row', async () => {
    const page = await get('/v1/talent-pool?occupation=6-02');
    expect(page.facets).toMatchObject({ occupation: { [teaProcessor]: 1 }, occupationGroup: { '6-02': 1 } });
    expect(page.facetNames).toMatchObject({
      occupation: { [teaProcessor]: '茶叶加工工' },
      occupationGroup: { '6-02': '食品、饮料生产加工人员' },
    });
    expect(page.items[0].occupations).toEqual([
      expect.objectContaining({ occupationCode: teaProcessor, occupationName: '茶叶加工工', level: 'level3' }),
    ]);
  });

  it('once the occupation is retired, the ladder still names it (the history stays true) and says it is no longer assessed', async () => {
    await held.publish({
      type: 'catalogue.OccupationRetired',
      data: { code: teaProcessor, retiredOn: '2025-05-01', reason },
    });
    await holds((state) => state.occupations.get(teaProcessor)?.retiredOn === '2025-05-01', 'the retirement');
    expect(teaOf(await get(`/v1/workers/${worker}/ladder`))).toMatchObject({
      occupationName: '茶叶加工工',
      current: 'level3',
      next: { rule: null, reason: expect.stringContaining('retired from the catalogue on 2025-05-01') },
    });
  });
});
