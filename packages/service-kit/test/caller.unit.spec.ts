import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, authorize, callerOf, createApp, serviceCaller } from '../src/index.ts';
import { bearer, now, SECRET } from './support/test-app.ts';

let app: App;
beforeAll(async () => {
  app = await createApp({ service: 'test-service', version: '1', logLevel: 'silent', auth: { secret: SECRET, now } });
  const guard = authorize({ roles: ['hr'] });
  app.get('/plain', { preHandler: guard }, async (request) => callerOf(request));
  app.get('/etag', { preHandler: guard }, async (request) => callerOf(request, { ifMatch: true }));
  await app.ready();
});
afterAll(() => app.close());

const get = async (url: string, headers: Record<string, string> = {}) =>
  app.inject({
    method: 'GET',
    url,
    headers: { ...(await bearer({ sub: 'u1', role: 'hr' })), 'x-correlation-id': 'corr-7', ...headers },
  });

describe('the caller of a command', () => {
  it('given a request, then the user is the actor, with the principal and the request’s correlation id', async () => {
    expect((await get('/plain', { 'if-match': '"3"' })).json()).toEqual({
      principal: { sub: 'u1', role: 'hr' },
      actor: { kind: 'user', id: 'u1' },
      correlationId: 'corr-7',
    });
  });

  it('given a route that reads If-Match, then the revision is the expected one; a malformed one is a 400 naming it', async () => {
    expect((await get('/etag', { 'if-match': 'W/"12"' })).json()).toMatchObject({ expectedRevision: 12 });
    expect((await get('/etag')).json()).not.toHaveProperty('expectedRevision');
    const bad = await get('/etag', { 'if-match': '"abc"' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'BAD_REQUEST', field: 'If-Match' });
  });

  it('given a policy reacting to an event, then the service is the actor and the event the cause', () => {
    expect(serviceCaller('certification', { eventId: 'e-1', correlationId: 'c-1' })).toEqual({
      actor: { kind: 'service', id: 'certification' },
      correlationId: 'c-1',
      causationId: 'e-1',
    });
  });
});
