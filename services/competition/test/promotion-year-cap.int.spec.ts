import type { App } from '@tianfu/service-kit';
import { uniqueName, useTestDatabase } from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { competitionStreamId } from '../src/application/competition-streams.ts';
import { competitionApp, competitionBody, entrantBody, organiser } from './http-fixtures.ts';

const db = useTestDatabase('competition-cap');
let fixture: Awaited<ReturnType<typeof competitionApp>>;
let app: App;

beforeAll(async () => {
  fixture = await competitionApp(db());
  app = fixture.app;
  await app.ready();
}, 60_000);

afterAll(async () => {
  await app?.close();
});

const post = async (url: string, payload: object) =>
  app.inject({ method: 'POST', url, payload, headers: await organiser() });

/** A municipal contest (Tianjin reference: one promotion a year) where worker 1 came 1st. */
async function municipalWin(year: number): Promise<string> {
  const id = uniqueName('m');
  const registered = await post(
    '/v1/competitions',
    competitionBody(id, { tier: 'municipal', name: '成都市技能大赛', year }),
  );
  expect(registered.statusCode, registered.body).toBe(201);
  expect((await post(`/v1/competitions/${id}/entrants`, entrantBody(1, '张三'))).statusCode).toBe(201);
  const results = [{ entrantId: 'W-1', rank: 1 }];
  expect((await post(`/v1/competitions/${id}/results`, { contestEventId: 'welding', results })).statusCode).toBe(200);
  return id;
}

const promotionsIn = async (id: string) =>
  (await fixture.storage.store.readStream(competitionStreamId(id))).events.filter(
    (e) => e.type === 'competition.PromotionAwarded',
  ).length;

describe('one competition promotion a year, exactly once under concurrency (docs/domain.md §4.1 [36]; docs/architecture.md)', () => {
  it('five contests confirmed at once promote the worker once; the others name the cap', async () => {
    const ids = await Promise.all([1, 2, 3, 4, 5].map(() => municipalWin(2025)));
    const answers = await Promise.all(
      ids.map((id) => post(`/v1/competitions/${id}/confirm`, { contestEventId: 'welding' })),
    );
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200, 200, 200]);
    const counts = await Promise.all(ids.map(promotionsIn));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    const capped = answers.filter((a) => a.json().capped.length === 1);
    expect(capped).toHaveLength(4);
    expect(capped[0]?.json().capped[0]).toMatchObject({ entrantId: 'W-1', ruleId: 'mun-employee-top-10' });
  });

  it('another year is another claim; the same contest confirmed twice at once finds its own claim', async () => {
    const id = await municipalWin(2026);
    const confirm = () => post(`/v1/competitions/${id}/confirm`, { contestEventId: 'welding' });
    const [first, second] = await Promise.all([confirm(), confirm()]);
    expect(first?.json()).toMatchObject({ promotions: [{ entrantId: 'W-1', level: 'level2' }], capped: [] });
    expect(second?.json()).toEqual(first?.json());
    expect(await promotionsIn(id)).toBe(1);
  });
});
