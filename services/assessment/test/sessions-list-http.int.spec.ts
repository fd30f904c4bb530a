import type { App } from '@tianfu/service-kit';
import { residentIdNumber, uniqueName, useTestDatabase } from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from './fixtures.ts';
import { admin, enrolment, setUpSession, suiteAddress } from './session-setup.ts';

const db = useTestDatabase('assessment-session-list');
const address = suiteAddress();
let app: App;

beforeAll(async () => {
  ({ app } = await testApp(db()));
});

afterAll(async () => {
  await app?.close();
});

type Headers = Record<string, string>;
type Body = Awaited<ReturnType<typeof setUpSession>>;

const list = (query: string, headers: Headers) => app.inject({ method: 'GET', url: `/v1/sessions?${query}`, headers });
const listed = async (query: string, headers: Headers) => {
  const response = await list(query, headers);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { items: { sessionId: string; [key: string]: unknown }[]; next: string | null };
};
const ids = (page: { items: { sessionId: string }[] }) => page.items.map((s) => s.sessionId);

/** Another session of the body set up by setUpSession, with the same staff, on `date`. */
async function schedule(body: Body, date: string): Promise<string> {
  const sessionId = uniqueName('session');
  const plan = {
    sessionId,
    bodyId: body.bodyId,
    occupationCode: '6-31-01-03',
    level: 'level3',
    date,
    venue: '成都市武侯区某实训基地',
    examinerIds: [body.examinerId],
    supervisorId: body.supervisorId,
  };
  const response = await app.inject({ method: 'POST', url: '/v1/sessions', payload: plan, headers: body.token });
  expect(response.statusCode, response.body).toBe(201);
  return sessionId;
}

describe('GET /v1/sessions: a body lists its own sessions', () => {
  let ours: Body;
  let theirs: Body;
  let july: string;
  let may: string;

  beforeAll(async () => {
    ours = await setUpSession(app, address);
    theirs = await setUpSession(app, address);
    july = await schedule(ours, '2025-07-15');
    may = await schedule(ours, '2025-05-10');
  });

  it('newest session date first, and never another body’s', async () => {
    const page = await listed('', ours.token);
    expect(ids(page)).toEqual([july, ours.sessionId, may]);
    expect(page.next).toBeNull();
    expect(page.items[0]).toMatchObject({
      bodyId: ours.bodyId,
      date: '2025-07-15',
      status: 'scheduled',
      level: 'level3',
    });
    expect(ids(await listed('', theirs.token))).toEqual([theirs.sessionId]);
  });

  it("a body naming another body → 403 naming bodyId; the authority lists any body's", async () => {
    const refused = await list(`bodyId=${theirs.bodyId}`, ours.token);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'FORBIDDEN', field: 'bodyId' });
    expect(ids(await listed(`bodyId=${theirs.bodyId}`, await admin()))).toEqual([theirs.sessionId]);
  });

  it('filters by status, occupation and an inclusive date range', async () => {
    const closed = await app.inject({ method: 'POST', url: `/v1/sessions/${may}/close`, headers: ours.token });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(ids(await listed('status=closed', ours.token))).toEqual([may]);
    expect(ids(await listed('status=scheduled', ours.token))).toEqual([july, ours.sessionId]);
    expect(ids(await listed('from=2025-05-11&to=2025-07-15', ours.token))).toEqual([july, ours.sessionId]);
    expect(ids(await listed('to=2025-06-20', ours.token))).toEqual([ours.sessionId, may]);
    expect(ids(await listed('occupationCode=6-31-01-03', ours.token))).toHaveLength(3);
    expect(ids(await listed('occupationCode=4-12-01-01', ours.token))).toEqual([]);
  });

  it('pages with the `next` cursor until it is null', async () => {
    const first = await listed('limit=2', ours.token);
    expect(ids(first)).toEqual([july, ours.sessionId]);
    const second = await listed(`limit=2&after=${first.next}`, ours.token);
    expect(ids(second)).toEqual([may]);
    expect(second.next).toBeNull();
  });

  it('a cursor it did not make → 400 naming after; to before from → 400 naming to', async () => {
    const badCursor = await list('after=rubbish', ours.token);
    expect(badCursor.statusCode).toBe(400);
    expect(badCursor.json()).toMatchObject({ field: 'after' });
    const backwards = await list('from=2025-07-01&to=2025-06-01', ours.token);
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors).toEqual([expect.objectContaining({ field: 'querystring.to' })]);
  });

  it('counts enrolled, passed, failed and pending candidates as they change', async () => {
    const url = `/v1/sessions/${july}/candidates`;
    const candidates = [];
    for (const n of [1, 2, 3]) {
      const payload = enrolment(residentIdNumber(n, address));
      const response = await app.inject({ method: 'POST', url, payload, headers: ours.token });
      expect(response.statusCode, response.body).toBe(201);
      candidates.push(response.json().candidateId as string);
    }
    const scores = [
      { theory: 90, practical: 80 },
      { theory: 30, practical: 80 },
    ];
    for (const [i, payload] of scores.entries()) {
      const scoresUrl = `${url}/${candidates[i]}/scores`;
      const response = await app.inject({ method: 'PUT', url: scoresUrl, payload, headers: ours.token });
      expect(response.statusCode, response.body).toBe(200);
    }
    const [line] = (await listed('from=2025-07-15', ours.token)).items;
    expect(line?.candidates).toEqual({ enrolled: 3, passed: 1, failed: 1, pending: 1 });
  });
});
