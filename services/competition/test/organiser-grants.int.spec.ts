import { bodyFactsPolicy } from '@tianfu/platform-bodies';
import type { App } from '@tianfu/service-kit';
import { bodyRegisteredEnvelope, uniqueName, useTestDatabase } from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authority, competitionApp, competitionBody, organiser } from './http-fixtures.ts';
import { issuingBody } from './samples.ts';

const db = useTestDatabase('competition-organisers');
let fixture: Awaited<ReturnType<typeof competitionApp>>;
let app: App;
const rival = { bodyId: 'b-rival', filingNo: 'S000051000099', name: '四川省另一家协会' };

beforeAll(async () => {
  fixture = await competitionApp(db());
  app = fixture.app;
  const delivery = { topic: 'assessment', partition: 0, offset: '0', key: null };
  await bodyFactsPolicy(fixture.storage.bodies)(bodyRegisteredEnvelope(rival), delivery);
}, 60_000);

afterAll(async () => {
  await app?.close();
});

const register = async (payload: object, sub = 'organiser-2') =>
  app.inject({ method: 'POST', url: '/v1/competitions', payload, headers: await organiser(sub) });
const grant = async (organiserId: string, bodyId: string, tiers: string[], headers?: Record<string, string>) =>
  app.inject({
    method: 'PUT',
    url: `/v1/organisers/${organiserId}/grants/${bodyId}`,
    payload: { tiers, reason: '川人社函〔2025〕7号' },
    headers: headers ?? (await authority()),
  });

describe('competition organisers issue only through the bodies and tiers the authority granted them', () => {
  it("an organiser without a grant cannot register a competition in any body's name: 403 problem+json", async () => {
    const refused = await register(competitionBody(uniqueName('c')));
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json()).toMatchObject({ code: 'ORGANISER_NOT_GRANTED', field: 'issuingBody.bodyId' });
  });

  it('the authority grants a body at some tiers; another tier or body stays refused; a grant withdrawn ends it', async () => {
    expect(
      (await grant('organiser-2', issuingBody.bodyId, ['provincial-class-1'], await organiser('organiser-2')))
        .statusCode,
    ).toBe(403);
    const granted = await grant('organiser-2', issuingBody.bodyId, ['provincial-class-1', 'municipal']);
    expect(granted.json()).toEqual({
      organiserId: 'organiser-2',
      grants: [{ bodyId: issuingBody.bodyId, tiers: ['provincial-class-1', 'municipal'] }],
    });
    const again = await grant('organiser-2', issuingBody.bodyId, ['municipal', 'provincial-class-1']);
    expect(again.statusCode).toBe(200);
    expect((await fixture.storage.store.readStream('organiser-organiser-2')).events).toHaveLength(1);

    const provincial = competitionBody(uniqueName('c'), { tier: 'provincial-class-1' });
    expect((await register(provincial)).statusCode).toBe(201);
    expect((await register(competitionBody(uniqueName('c')))).json()).toMatchObject({ code: 'ORGANISER_NOT_GRANTED' });
    const elsewhere = { ...provincial, competitionId: uniqueName('c'), issuingBody: { bodyId: rival.bodyId } };
    expect((await register(elsewhere)).statusCode).toBe(403);

    await grant('organiser-2', issuingBody.bodyId, []);
    const withdrawn = await register({ ...provincial, competitionId: uniqueName('c') });
    expect(withdrawn.statusCode).toBe(403);
  });

  it("the issuer is named as registered: another body's filing number or name is refused, none needed", async () => {
    await grant('organiser-3', issuingBody.bodyId, ['national-class-1']);
    const { filingNo: _, bodyName: __, ...bodyIdOnly } = issuingBody;
    const plain = await register(competitionBody(uniqueName('c'), { issuingBody: bodyIdOnly }), 'organiser-3');
    expect(plain.statusCode, plain.body).toBe(201);
    expect(plain.json().issuingBody).toEqual(issuingBody);
    const borrowed = { ...bodyIdOnly, filingNo: rival.filingNo, bodyName: rival.name };
    const inOthersName = await register(competitionBody(uniqueName('c'), { issuingBody: borrowed }), 'organiser-3');
    expect(inOthersName.statusCode).toBe(422);
    expect(inOthersName.json()).toMatchObject({ code: 'BODY_MISMATCH', field: 'issuingBody.filingNo' });
  });

  it('grants name registered bodies only; an organiser reads its own grants, another organiser’s are not found', async () => {
    const ghost = await grant('organiser-4', 'b-ghost', ['municipal']);
    expect(ghost.statusCode).toBe(422);
    expect(ghost.json()).toMatchObject({ code: 'BODY_NOT_REGISTERED' });
    const own = await app.inject({ method: 'GET', url: '/v1/organisers/organiser-1', headers: await organiser() });
    expect(own.json().grants).toEqual([{ bodyId: issuingBody.bodyId, tiers: expect.arrayContaining(['municipal']) }]);
    const other = await app.inject({ method: 'GET', url: '/v1/organisers/organiser-1', headers: await organiser('x') });
    expect(other.statusCode).toBe(404);
  });
});
