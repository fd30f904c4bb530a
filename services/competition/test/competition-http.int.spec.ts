import type { App } from '@tianfu/service-kit';
import { uniqueName, useTestDatabase } from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { competitionStreamId } from '../src/application/competition-streams.ts';
import { competitionApp, competitionBody, entrantBody, idNumberOf, organiser } from './http-fixtures.ts';

const db = useTestDatabase('competition-http');
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

const post = async (url: string, payload: object, headers?: Record<string, string>) =>
  app.inject({ method: 'POST', url, payload, headers: headers ?? (await organiser()) });
const fieldsOf = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((e) => e.field);

/** A registered competition with two entrants and its results published. */
async function published(): Promise<string> {
  const id = uniqueName('c');
  expect((await post('/v1/competitions', competitionBody(id))).statusCode).toBe(201);
  for (const [i, name, heldLevel] of [
    [1, '张三', 'level2'],
    [2, '李四', null],
  ] as const) {
    const entered = await post(`/v1/competitions/${id}/entrants`, entrantBody(i, name, { heldLevel }));
    expect(entered.statusCode, entered.body).toBe(201);
  }
  const results = [
    { entrantId: 'W-1', rank: 4, medal: 'excellence' },
    { entrantId: 'W-2', rank: 12, score: 71.5 },
  ];
  const answer = await post(`/v1/competitions/${id}/results`, { contestEventId: 'welding', results });
  expect(answer.statusCode, answer.body).toBe(200);
  return id;
}

describe('competitions over HTTP (docs/architecture.md "Public API")', () => {
  it('registers under the tier default rule set; the organiser reads it back, another organiser gets 404 as for none', async () => {
    const id = uniqueName('c');
    const created = await post('/v1/competitions', competitionBody(id));
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      organiser: 'organiser-1',
      ruleSet: { ruleSetId: 'national-class-1', onePromotionPerYear: false },
      contestEvents: [{ contestEventId: 'welding', workType: '--', teamSize: 1, status: 'open' }],
    });
    const url = `/v1/competitions/${id}`;
    expect((await app.inject({ method: 'GET', url, headers: await organiser() })).statusCode).toBe(200);
    const elsewhere = await app.inject({ method: 'GET', url, headers: await organiser('someone-else') });
    const none = await app.inject({ method: 'GET', url: `${url}-none`, headers: await organiser('someone-else') });
    expect([elsewhere.statusCode, none.statusCode]).toEqual([404, 404]);
    expect(elsewhere.json().detail.replace(id, `${id}-none`)).toBe(none.json().detail);
    const entry = await post(`${url}/entrants`, entrantBody(9, '王五'), await organiser('someone-else'));
    expect(entry.statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url })).statusCode).toBe(401);
    expect((await post('/v1/competitions', competitionBody(id))).statusCode).toBe(409);
  });

  it('shows ID numbers only masked, in answers to the entry and to reads', async () => {
    const id = await published();
    const read = await app.inject({ method: 'GET', url: `/v1/competitions/${id}`, headers: await organiser() });
    const entrants = read.json().contestEvents[0].entrants;
    const number = idNumberOf(1);
    expect(entrants[0]).toMatchObject({ entrantId: 'W-1', name: '张三', heldLevel: 'level2' });
    expect(entrants[0].maskedIdNumber).toBe(`${number.slice(0, 4)}**********${number.slice(-4)}`);
    expect(read.body).not.toContain(number);
    expect(read.body).not.toContain(idNumberOf(2));
  });

  it('results once: a second publish is 409; a correction keeps the trail; after 核准 a correction is 409', async () => {
    const id = await published();
    const again = await post(`/v1/competitions/${id}/results`, {
      contestEventId: 'welding',
      results: [{ entrantId: 'W-1', rank: 1 }],
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'RESULTS_ALREADY_PUBLISHED' });

    const correction = { entrantId: 'W-2', rank: 5, score: 88, reason: '复核发现计分错误' };
    const corrected = await post(`/v1/competitions/${id}/results/welding/corrections`, correction);
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json().corrections).toMatchObject([
      { entrantId: 'W-2', previous: { rank: 12 }, corrected: { rank: 5 }, reason: '复核发现计分错误' },
    ]);

    const confirmed = await post(`/v1/competitions/${id}/confirm`, { contestEventId: 'welding' });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({
      status: 'confirmed',
      promotions: [{ entrantId: 'W-1', fromLevel: 'level2', level: 'level1' }],
      // The corrected rank 5 is in the top 5: the title, though no medal and so no promotion.
      honours: [
        { entrantId: 'W-1', honour: 'national-technical-expert' },
        { entrantId: 'W-2', honour: 'national-technical-expert' },
      ],
    });
    const late = await post(`/v1/competitions/${id}/results/welding/corrections`, correction);
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'CONTEST_EVENT_CONFIRMED' });
  });

  it('confirming twice answers the same and appends nothing', async () => {
    const id = await published();
    const first = await post(`/v1/competitions/${id}/confirm`, { contestEventId: 'welding' });
    const second = await post(`/v1/competitions/${id}/confirm`, { contestEventId: 'welding' });
    expect(second.statusCode).toBe(200);
    expect(second.json()).toEqual(first.json());
    const { events } = await fixture.storage.store.readStream(competitionStreamId(id));
    expect(events.filter((e) => e.type === 'competition.PromotionAwarded')).toHaveLength(1);
  });

  it('a 核准 recorded later carries its own day to the promotions; a day outside the competition year up to today is 422', async () => {
    const id = await published();
    const early = await post(`/v1/competitions/${id}/confirm`, {
      contestEventId: 'welding',
      confirmedOn: '1899-12-31',
    });
    expect(early.statusCode).toBe(422);
    expect(early.json()).toMatchObject({ code: 'CONFIRMATION_DATE_IMPLAUSIBLE', field: 'confirmedOn' });
    const confirmed = await post(`/v1/competitions/${id}/confirm`, {
      contestEventId: 'welding',
      confirmedOn: '2025-12-01',
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const { events } = await fixture.storage.store.readStream(competitionStreamId(id));
    const promoted = events.filter((e) => e.type === 'competition.PromotionAwarded');
    expect(promoted.map((e) => (e.data as { confirmedOn: string }).confirmedOn)).toEqual(['2025-12-01']);
  });

  it('bad input is 400 naming the field and the rule, never 5xx; domain refusals name their rule', async () => {
    const tier = await post('/v1/competitions', competitionBody(uniqueName('c'), { tier: 'olympic' }));
    expect(tier.statusCode).toBe(400);
    expect(fieldsOf(tier.json())).toContain('body.tier');
    const id = await published();
    const badId = await post(`/v1/competitions/${id}/entrants`, {
      ...entrantBody(3, '赵六'),
      document: { idType: 'resident-id-card', idNumber: '510104196001010010' },
    });
    expect(badId.statusCode).toBe(400);
    expect(fieldsOf(badId.json())).toContain('body.document.idNumber');
    expect(badId.body).not.toContain('510104196001010010');
    const noReason = await post(`/v1/competitions/${id}/results/welding/corrections`, { entrantId: 'W-1', rank: 1 });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors).toContainEqual(expect.objectContaining({ field: 'body.reason' }));
    const badRank = await post(`/v1/competitions/${id}/results`, {
      contestEventId: 'welding',
      results: [{ entrantId: 'W-1', rank: 0 }],
    });
    expect(fieldsOf(badRank.json())).toContain('body.results.0.rank');
    const wrongSet = await post('/v1/competitions', competitionBody(uniqueName('c'), { ruleSetId: 'municipal' }));
    expect(wrongSet.statusCode).toBe(422);
    expect(wrongSet.json()).toMatchObject({ code: 'RULE_SET_NOT_FOR_TIER', field: 'ruleSetId' });
    const unknown = await post(`/v1/competitions/${id}/confirm`, { contestEventId: 'archery' });
    expect(unknown.statusCode).toBe(404);
  });
});
