import type { App } from '@tianfu/service-kit';
import { uniqueName, useTestDatabase } from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, validBody } from './fixtures.ts';
import { admin, setUpSession, suiteAddress } from './session-setup.ts';

const db = useTestDatabase('assessment-free-text');
const address = suiteAddress();
let app: App;

beforeAll(async () => {
  ({ app } = await testApp(db()));
});

afterAll(async () => {
  await app?.close();
});

type Headers = Record<string, string>;
const send = (method: 'POST' | 'PATCH', url: string, payload: object, headers: Headers) =>
  app.inject({ method, url, payload, headers });
const errorsOf = (response: { json: () => unknown }) =>
  (response.json() as { errors: { field: string; rule: string }[] }).errors.map(({ field, rule }) => ({ field, rule }));

// Free text the edge used to accept and every consumer then dead-lettered (or a store rewrote).
describe('free text at the assessment edge: refused before anything is committed', () => {
  it('a body named with NUL → 400 naming body.name and the rule; the body was never registered', async () => {
    const bodyId = uniqueName('body');
    const response = await send('POST', '/v1/bodies', { bodyId, ...validBody, name: 'X\u0000' }, await admin());
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(errorsOf(response)).toEqual([{ field: 'body.name', rule: 'control_character' }]);
    const read = await app.inject({ method: 'GET', url: `/v1/bodies/${bodyId}`, headers: await admin() });
    expect(read.statusCode).toBe(404);
  });

  it('a lone surrogate or a bidi override in a name → 400 naming the rule, not a silent U+FFFD', async () => {
    const surrogate = await send(
      'POST',
      '/v1/bodies',
      { bodyId: uniqueName('body'), ...validBody, name: 'X\ud800' },
      await admin(),
    );
    expect(errorsOf(surrogate)).toEqual([{ field: 'body.name', rule: 'lone_surrogate' }]);
    const bidi = await send(
      'POST',
      '/v1/bodies',
      { bodyId: uniqueName('body'), ...validBody, name: '某\u202e院' },
      await admin(),
    );
    expect(errorsOf(bidi)).toEqual([{ field: 'body.name', rule: 'bidi_control' }]);
  });

  it('a name is stored NFC and trimmed', async () => {
    const bodyId = uniqueName('body');
    const response = await send(
      'POST',
      '/v1/bodies',
      { bodyId, ...validBody, name: ' Cafe\u0301 技师学院\u3000' },
      await admin(),
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ name: 'Caf\u00e9 技师学院' });
  });

  it('a session venue with NUL → 400 naming body.venue; an amendment reason may run over several lines', async () => {
    const session = await setUpSession(app, address);
    const url = `/v1/sessions/${session.sessionId}`;
    const amend = await send('PATCH', url, { venue: '某地\u0000', reason: '考点调整' }, session.token);
    expect(errorsOf(amend)).toEqual([{ field: 'body.venue', rule: 'control_character' }]);
    const multiLine = await send('PATCH', url, { venue: '某地', reason: '考点调整\n见通知' }, session.token);
    expect(multiLine.statusCode, multiLine.body).toBe(200);
    const sessionId = uniqueName('session');
    const plan = {
      sessionId,
      bodyId: session.bodyId,
      occupationCode: '6-31-01-03',
      level: 'level3',
      date: '2025-06-20',
    };
    const scheduled = await send(
      'POST',
      '/v1/sessions',
      { ...plan, venue: 'X\u0000', examinerIds: [session.examinerId], supervisorId: session.supervisorId },
      session.token,
    );
    expect(errorsOf(scheduled)).toEqual([{ field: 'body.venue', rule: 'control_character' }]);
    const read = await app.inject({ method: 'GET', url: `/v1/sessions/${sessionId}`, headers: session.token });
    expect(read.statusCode).toBe(404);
  });
});
