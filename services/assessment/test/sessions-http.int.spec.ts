import { residentIdCheckChar } from '@tianfu/contracts';
import type { App } from '@tianfu/service-kit';
import { residentIdNumber, useTestDatabase } from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from './fixtures.ts';
import { admin, bodyToken, enrolment, setUpSession, suiteAddress } from './session-setup.ts';

const db = useTestDatabase('assessment-sessions');
const address = suiteAddress();
let app: App;
let next = 0;

beforeAll(async () => {
  ({ app } = await testApp(db()));
});

afterAll(async () => {
  await app?.close();
});

type Headers = Record<string, string>;
const post = (url: string, payload: object, headers: Headers) => app.inject({ method: 'POST', url, payload, headers });
const put = (url: string, payload: object, headers: Headers) => app.inject({ method: 'PUT', url, payload, headers });

async function enrolOne(session: Awaited<ReturnType<typeof setUpSession>>) {
  next += 1;
  const response = await post(
    `/v1/sessions/${session.sessionId}/candidates`,
    enrolment(residentIdNumber(next, address)),
    session.token,
  );
  expect(response.statusCode, response.body).toBe(201);
  return response.json().candidateId as string;
}

describe('authorisation of session commands', () => {
  it("a body recording for another body's session → 404, as for a session that does not exist", async () => {
    const ours = await setUpSession(app, address);
    const theirs = await setUpSession(app, address);
    const candidateId = await enrolOne(ours);
    const scores = (sessionId: string) =>
      put(`/v1/sessions/${sessionId}/candidates/${candidateId}/scores`, { theory: 80 }, theirs.token);
    const response = await scores(ours.sessionId);
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'SESSION_NOT_FOUND' });
    expect(response.body).not.toContain(ours.bodyId);
    const none = await scores('no-such-session');
    expect(none.statusCode).toBe(404);
    expect(none.json().detail.replace('no-such-session', ours.sessionId)).toBe(response.json().detail);
  });

  it('a suspended body → 403 BODY_SUSPENDED on every command, yet it may still read', async () => {
    const session = await setUpSession(app, address);
    const candidateId = await enrolOne(session);
    const suspended = await post(`/v1/bodies/${session.bodyId}/suspend`, { reason: '滥发证' }, await admin());
    expect(suspended.statusCode).toBe(200);
    const enrol = await post(
      `/v1/sessions/${session.sessionId}/candidates`,
      enrolment(residentIdNumber(900, address)),
      session.token,
    );
    const score = await put(
      `/v1/sessions/${session.sessionId}/candidates/${candidateId}/scores`,
      { theory: 80 },
      session.token,
    );
    const close = await post(`/v1/sessions/${session.sessionId}/close`, {}, session.token);
    for (const response of [enrol, score, close]) {
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({
        code: 'BODY_SUSPENDED',
        type: 'urn:tianfu-skills:problem:body-suspended',
      });
    }
    const read = await app.inject({ method: 'GET', url: `/v1/sessions/${session.sessionId}`, headers: session.token });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ candidates: { enrolled: 1 } });
  });

  it('a body schedules only occupations and levels it filed → 403 OCCUPATION_NOT_FILED, and only for itself', async () => {
    const { bodyId, token, examinerId, supervisorId } = await setUpSession(app, address);
    const plan = {
      sessionId: `${bodyId}-l4`,
      bodyId,
      occupationCode: '6-31-01-03',
      level: 'level4',
      date: '2025-07-01',
      venue: '某地',
      examinerIds: [examinerId],
      supervisorId,
    };
    const unfiled = await post('/v1/sessions', plan, token);
    expect(unfiled.statusCode).toBe(403);
    expect(unfiled.json()).toMatchObject({ code: 'OCCUPATION_NOT_FILED' });
    const other = await post('/v1/sessions', { ...plan, bodyId: 'someone-else' }, token);
    expect(other.statusCode).toBe(403);
    expect(other.json()).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('amending a session and withdrawing a filing over HTTP (docs/domain.md §2.1)', () => {
  it('a body moves its session (If-Match), and may not once a mark is recorded → 409 SESSION_UNDER_WAY', async () => {
    const session = await setUpSession(app, address);
    const url = `/v1/sessions/${session.sessionId}`;
    const patch = (payload: object, headers: Headers) => app.inject({ method: 'PATCH', url, payload, headers });
    const empty = await patch({ reason: '无变更' }, session.token);
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('date');
    const stale = await patch({ venue: '别处', reason: '考点调整' }, { ...session.token, 'if-match': '"99"' });
    expect(stale.statusCode).toBe(412);
    const moved = await patch(
      { date: '2025-07-15', venue: '成都市郫都区某实训基地', reason: '考点调整' },
      session.token,
    );
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ date: '2025-07-15', venue: '成都市郫都区某实训基地' });
    const candidateId = await enrolOne(session);
    const scored = await put(`${url}/candidates/${candidateId}/scores`, { theory: 80 }, session.token);
    expect(scored.statusCode, scored.body).toBe(200);
    const late = await patch({ venue: '又换', reason: '再调整' }, session.token);
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'SESSION_UNDER_WAY' });
  });

  it('after the authority withdraws a filing the body cannot schedule in it; only the authority may withdraw', async () => {
    const session = await setUpSession(app, address);
    const url = `/v1/bodies/${session.bodyId}/occupations/6-31-01-03/withdraw`;
    expect((await post(url, { reason: '考评质量不达标' }, session.token)).statusCode).toBe(403);
    const withdrawn = await post(url, { reason: '考评质量不达标' }, session.authority);
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json().filings).toEqual([]);
    const again = await post(url, { reason: '再次' }, session.authority);
    expect(again.json()).toMatchObject({ status: 404, code: 'FILING_NOT_FOUND' });
    const plan = {
      sessionId: `${session.bodyId}-after`,
      bodyId: session.bodyId,
      occupationCode: '6-31-01-03',
      level: 'level3',
      date: '2025-09-01',
      venue: '某地',
      examinerIds: [session.examinerId],
      supervisorId: session.supervisorId,
    };
    const refused = await post('/v1/sessions', plan, session.token);
    expect(refused.json()).toMatchObject({ status: 403, code: 'OCCUPATION_NOT_FILED' });
  });
});

describe('enrolment, scores and corrections over HTTP (docs/domain.md §2.2, §2.3)', () => {
  it('an ineligible worker → 422 explaining every §2.3 rule; an override with a reason enrols', async () => {
    const session = await setUpSession(app, address);
    const newcomer = { ...enrolment(residentIdNumber(500, address)), background: { yearsInOccupation: 1 } };
    const refused = await post(`/v1/sessions/${session.sessionId}/candidates`, newcomer, session.token);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      code: 'CANDIDATE_NOT_ELIGIBLE',
      eligibility: { eligible: false, standard: { template: 'A' } },
    });
    expect(refused.json().eligibility.rules.map((r: { ruleId: string }) => r.ruleId)).toContain('A-level3-1');
    const overridden = await post(
      `/v1/sessions/${session.sessionId}/candidates`,
      { ...newcomer, overrideReason: '省厅特批' },
      session.token,
    );
    expect(overridden.statusCode).toBe(201);
  });

  it('a worker born in 2016 (the 居民身份证号 says so) with 8 years in the occupation → 422 naming the field and rule', async () => {
    const session = await setUpSession(app, address);
    const first17 = `${address}20160301123`;
    const born2016 = enrolment(first17 + residentIdCheckChar(first17));
    const child = { ...born2016, background: { ...born2016.background, yearsInOccupation: 8 } };
    const refused = await post(`/v1/sessions/${session.sessionId}/candidates`, child, session.token);
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json()).toMatchObject({
      code: 'EXPERIENCE_IMPLAUSIBLE',
      field: 'yearsInOccupation',
      rule: 'experience_exceeds_working_age',
    });
  });

  it('a session dated 1899 → 422 naming the date and the rule', async () => {
    const session = await setUpSession(app, address);
    const moved = await app.inject({
      method: 'PATCH',
      url: `/v1/sessions/${session.sessionId}`,
      payload: { date: '1899-06-20', reason: '录入错误' },
      headers: session.token,
    });
    expect(moved.statusCode, moved.body).toBe(422);
    expect(moved.json()).toMatchObject({ code: 'SESSION_DATE_IMPLAUSIBLE', field: 'date', rule: 'session_date_range' });
  });

  it('an examiner cannot be a candidate in their own session → 422', async () => {
    const session = await setUpSession(app, address);
    const response = await post(
      `/v1/sessions/${session.sessionId}/candidates`,
      enrolment(session.examinerIdNumber),
      session.token,
    );
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'EXAMINER_IN_OWN_SESSION' });
  });

  it('a score out of 0–100 → 400 naming the field; a change without a reason → 422; a stale If-Match → 412; an unknown candidate → 404', async () => {
    const session = await setUpSession(app, address);
    const candidateId = await enrolOne(session);
    const url = `/v1/sessions/${session.sessionId}/candidates/${candidateId}/scores`;
    const bad = await put(url, { theory: 101 }, session.token);
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('theory');
    const first = await put(url, { theory: 50 }, session.token);
    expect(first.statusCode).toBe(200);
    const etag = String(first.headers.etag);
    expect((await put(url, { theory: 70 }, session.token)).json()).toMatchObject({ code: 'CORRECTION_NEEDS_REASON' });
    const corrected = await put(url, { theory: 70, reason: '复核加分错误' }, { ...session.token, 'if-match': etag });
    expect(corrected.statusCode).toBe(200);
    const stale = await put(url, { practical: 70 }, { ...session.token, 'if-match': etag });
    expect(stale.statusCode).toBe(412);
    const trail = await app.inject({ method: 'GET', url: url.replace(/\/scores$/, ''), headers: session.token });
    expect(trail.json().history).toMatchObject([
      { part: 'theory', score: 50, previousScore: null, reason: null },
      { part: 'theory', score: 70, previousScore: 50, reason: '复核加分错误', byAuthority: false },
    ]);
    const unknown = await app.inject({
      method: 'GET',
      url: url.replace(/\d{5}\/scores$/, '99999'),
      headers: session.token,
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'CANDIDATE_NOT_FOUND' });
  });

  it('after close the body may not correct, the authority may; closing fails candidates missing parts', async () => {
    const session = await setUpSession(app, address);
    const done = await enrolOne(session);
    await enrolOne(session);
    const url = `/v1/sessions/${session.sessionId}/candidates/${done}/scores`;
    expect((await put(url, { theory: 80, practical: 50 }, session.token)).json()).toMatchObject({ outcome: 'failed' });
    const closed = await post(`/v1/sessions/${session.sessionId}/close`, {}, session.token);
    expect(closed.json()).toMatchObject({ status: 'closed', candidates: { enrolled: 2, failed: 2, pending: 0 } });
    const byBody = await put(url, { practical: 65, reason: '复核' }, session.token);
    expect(byBody.statusCode).toBe(403);
    expect(byBody.json()).toMatchObject({ code: 'CLOSED_SESSION_AUTHORITY_ONLY' });
    const byAuthority = await put(url, { practical: 65, reason: '复核' }, await admin());
    expect(byAuthority.json()).toMatchObject({ outcome: 'passed', scores: { theory: 80, practical: 65 } });
  });
});

describe('eligibility sees the levels the platform knows (§2.3 "the certificates the platform knows")', () => {
  it('a 三级 passed here counts as held when the worker enrols for 二级, though not declared', async () => {
    const first = await setUpSession(app, address);
    const second = await setUpSession(app, address, 'level2');
    const idNumber = residentIdNumber(777, address);
    const enrolled = await post(`/v1/sessions/${first.sessionId}/candidates`, enrolment(idNumber), first.token);
    const scores = { theory: 90, practical: 90 };
    await put(`/v1/sessions/${first.sessionId}/candidates/${enrolled.json().candidateId}/scores`, scores, first.token);
    const undeclared = { ...enrolment(idNumber), background: { yearsInOccupation: 10 } };
    const refused = await post(`/v1/sessions/${second.sessionId}/candidates`, undeclared, second.token);
    expect(refused.statusCode).toBe(422);
    const unmet: string[] = refused.json().eligibility.rules.flatMap((r: { unmet: string[] }) => r.unmet);
    expect(unmet.some((u) => u.startsWith('needs level3') && u.includes('held 0'))).toBe(true);
    expect(unmet.some((u) => u.startsWith('needs level3') && u.includes('none held'))).toBe(false);
  });
});

describe('the candidate list', () => {
  it('pages in enrolment order with a cursor, the ID numbers masked; a bad cursor is 400 naming it', async () => {
    const session = await setUpSession(app, address);
    const enrolled = [await enrolOne(session), await enrolOne(session), await enrolOne(session)];
    const page = async (query: string) =>
      app.inject({
        method: 'GET',
        url: `/v1/sessions/${session.sessionId}/candidates${query}`,
        headers: session.token,
      });
    const first = (await page('?limit=2')).json();
    expect(first.items.map((c: { candidateId: string }) => c.candidateId)).toEqual(enrolled.slice(0, 2));
    expect(first.items[0].maskedIdNumber).toMatch(/\*{4,}/);
    const second = (await page(`?limit=2&after=${first.next}`)).json();
    expect(second).toMatchObject({ items: [{ candidateId: enrolled[2] }], next: null });
    const bad = await page('?after=abc');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toContain('querystring.after');
  });
});

describe('public reads', () => {
  it('the directory lists registered bodies and what each may assess, without a token', async () => {
    const { bodyId } = await setUpSession(app, address);
    const response = await app.inject({ method: 'GET', url: '/v1/directory/bodies?occupationCode=6-31-01-03' });
    expect(response.statusCode).toBe(200);
    const entry = response.json().items.find((b: { bodyId: string }) => b.bodyId === bodyId);
    expect(entry).toMatchObject({
      status: 'active',
      filings: [{ occupationCode: '6-31-01-03', levels: ['level3', 'level2', 'level1'] }],
    });
    expect(entry).not.toHaveProperty('statusReason');
  });

  it('OpenAPI documents every route', async () => {
    const paths = Object.keys((await app.inject({ method: 'GET', url: '/docs/json' })).json().paths);
    for (const path of [
      '/v1/sessions',
      '/v1/sessions/{sessionId}/candidates',
      '/v1/sessions/{sessionId}/scores.csv',
      '/v1/examiners',
      '/v1/directory/bodies',
    ]) {
      expect(paths).toContain(path);
    }
  });

  it("a body token for one body cannot read another body's session", async () => {
    const session = await setUpSession(app, address);
    const response = await app.inject({
      method: 'GET',
      url: `/v1/sessions/${session.sessionId}`,
      headers: await bodyToken('elsewhere'),
    });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'SESSION_NOT_FOUND' });
  });

  it("examiners are the authority's register; a body reads its own 内督 and any 外督, another body's like none", async () => {
    const ours = await setUpSession(app, address);
    const theirs = await setUpSession(app, address);
    const get = (url: string, headers: Headers) => app.inject({ method: 'GET', url, headers });
    expect((await get(`/v1/examiners/${ours.examinerId}`, await admin())).statusCode).toBe(200);
    expect((await get(`/v1/examiners/${ours.examinerId}`, ours.token)).statusCode).toBe(403);
    expect((await get(`/v1/examiners/${ours.examinerId}`, theirs.token)).statusCode).toBe(403);
    const internal = {
      supervisorId: `${ours.bodyId}-dd`,
      document: { idType: 'resident-id-card', idNumber: residentIdNumber(99_500, address) },
      name: '赵内督',
      kind: 'internal',
      bodyId: ours.bodyId,
    };
    expect((await post('/v1/supervisors', internal, ours.token)).statusCode).toBe(201);
    const url = `/v1/supervisors/${internal.supervisorId}`;
    expect((await get(url, ours.token)).statusCode).toBe(200);
    const other = await get(url, theirs.token);
    expect(other.statusCode).toBe(404);
    expect(other.json()).toMatchObject({ code: 'SUPERVISOR_NOT_FOUND' });
    expect((await get(`/v1/supervisors/${ours.supervisorId}`, theirs.token)).statusCode).toBe(200);
    const staffedWith = (supervisorId: string) =>
      app.inject({
        method: 'PATCH',
        url: `/v1/sessions/${theirs.sessionId}`,
        payload: { supervisorId, reason: '督导调整' },
        headers: theirs.token,
      });
    const borrowed = await staffedWith(internal.supervisorId);
    const unknown = await staffedWith('no-such-supervisor');
    expect([borrowed.statusCode, unknown.statusCode]).toEqual([404, 404]);
    expect(borrowed.json()).toMatchObject({ code: 'SUPERVISOR_NOT_FOUND' });
  });
});
