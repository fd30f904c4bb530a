import type { App } from '@tianfu/service-kit';
import { uniqueName, useTestDatabase } from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { competitionReadModels } from '../src/application/competition-read-models.ts';
import { competitionStreamId } from '../src/application/competition-streams.ts';
import { authority, competitionApp, competitionBody, entrantBody, organiser } from './http-fixtures.ts';

const db = useTestDatabase('competition-list');
let fixture: Awaited<ReturnType<typeof competitionApp>>;
let app: App;

beforeAll(async () => {
  fixture = await competitionApp(db());
  app = fixture.app;
}, 60_000);

afterAll(async () => {
  await app?.close();
});

const post = async (url: string, payload: object) =>
  app.inject({ method: 'POST', url, payload, headers: await organiser() });
const list = async (url: string, headers: Record<string, string>) => app.inject({ method: 'GET', url, headers });
const idsOf = (body: { items: { competitionId: string }[] }) => body.items.map((c) => c.competitionId);

describe("the organiser's list of competitions (a read model of the competition streams)", () => {
  const older = uniqueName('c2024');
  const newer = uniqueName('c2025');

  beforeAll(async () => {
    for (const [id, year] of [
      [older, 2024],
      [newer, 2025],
    ] as const) {
      const made = await post('/v1/competitions', competitionBody(id, { year }));
      if (made.statusCode !== 201) throw new Error(made.body);
    }
  });

  it('lists its own, newest year first, filtered by year; another organiser sees none of them, the authority all', async () => {
    const own = await list('/v1/competitions', await organiser());
    expect(own.statusCode).toBe(200);
    expect(idsOf(own.json())).toEqual([newer, older]);
    expect(own.json().items[0]).toMatchObject({
      year: 2025,
      organiser: 'organiser-1',
      contestEvents: [{ contestEventId: 'welding', status: 'open', entrants: 0, promotions: 0 }],
    });
    expect(idsOf((await list('/v1/competitions?year=2024', await organiser())).json())).toEqual([older]);
    expect((await list('/v1/competitions', await organiser('someone-else'))).json().items).toEqual([]);
    expect(idsOf((await list('/v1/competitions', await authority())).json())).toEqual([newer, older]);
    const bad = await list('/v1/competitions?year=1999', await organiser());
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toContain('querystring.year');
  });

  it('follows entrants, results and the confirmation: the line shows where each contest event stands', async () => {
    expect((await post(`/v1/competitions/${newer}/entrants`, entrantBody(31, '张三'))).statusCode).toBe(201);
    const results = [{ entrantId: 'W-31', rank: 1, medal: 'gold' }];
    expect((await post(`/v1/competitions/${newer}/results`, { contestEventId: 'welding', results })).statusCode).toBe(
      200,
    );
    const [published] = (await list('/v1/competitions?year=2025', await organiser())).json().items;
    expect(published.contestEvents).toMatchObject([{ status: 'published', entrants: 1 }]);
    const confirmed = await post(`/v1/competitions/${newer}/confirm`, { contestEventId: 'welding' });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const [line] = (await list('/v1/competitions?year=2025', await organiser())).json().items;
    expect(line.contestEvents).toMatchObject([{ status: 'confirmed', entrants: 1, promotions: 1 }]);
    expect(JSON.stringify(line)).not.toContain('张三');
  });

  it('a line lost after its commit is written again when the commit comes back on the topic', async () => {
    await db()
      .collection('competition_list')
      .deleteOne({ _id: older } as never);
    expect(idsOf((await list('/v1/competitions?year=2024', await organiser())).json())).toEqual([]);
    const { events } = await fixture.storage.store.readStream(competitionStreamId(older));
    await competitionReadModels(fixture.storage.store, fixture.storage.list, { warn: () => {} }).repair(events);
    expect(idsOf((await list('/v1/competitions?year=2024', await organiser())).json())).toEqual([older]);
  });
});
