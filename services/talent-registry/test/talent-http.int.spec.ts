import { randomUUID } from 'node:crypto';
import { bodyFactsPolicy } from '@tianfu/platform-bodies';
import type { App } from '@tianfu/service-kit';
import { type Principal, personalDataConfigSchema, signToken } from '@tianfu/service-kit';
import { bodyRegisteredEnvelope, residentIdNumber, useTestDatabase } from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { competitionPolicy } from '../src/application/competition-policy.ts';
import type { TalentCommands } from '../src/application/talent-commands.ts';
import { talentStorage } from '../src/storage.ts';

const SECRET = 'talent-test-secret-at-least-32-characters!';
const db = useTestDatabase('talent-registry');
let app: App;
let talent: TalentCommands;
let storage: Awaited<ReturnType<typeof talentStorage>>;
const run = Date.now().toString(36);

const bearer = async (principal: Principal) => ({
  authorization: `Bearer ${await signToken({ secret: SECRET, principal })}`,
});
const office = () => bearer({ sub: 'talent-clerk', role: 'talent-office' });
const enterprise = (bodyId: string) => bearer({ sub: `hr-${bodyId}`, role: 'employer', bodyId });

beforeAll(async () => {
  const clock = () => new Date();
  storage = await talentStorage(db(), db(), personalDataConfigSchema.parse({}), clock);
  ({ app, talent } = await buildApp({ ...storage, authSecret: SECRET, clock, version: 'test', logLevel: 'silent' }));
  await app.ready();
}, 60_000);

afterAll(async () => {
  await app?.close();
});

const post = async (url: string, payload: object, headers: Record<string, string>) =>
  app.inject({ method: 'POST', url, payload, headers });
const idNumber = (i: number) => residentIdNumber(500 + i, '510700');

describe('honours (docs/domain.md §4.2)', () => {
  const grant = (i: number, round = '2024') => ({
    document: { idType: 'resident-id-card', idNumber: idNumber(i) },
    name: '李技能',
    honour: 'sichuan-technical-expert',
    round,
    grantedOn: '2024-12-01',
    authority: '四川省人力资源和社会保障厅',
    documentNo: `川人社函〔2024〕${run}号`,
  });

  it('grants once per round with the ID masked; again in the round is 409; another round is fine; revocable once', async () => {
    const first = await post('/v1/honours/grants', grant(1), await office());
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ honourName: '四川省技术能手', round: '2024', revoked: null });
    expect(first.json().maskedIdNumber).toMatch(/^5107\*+\d{3}[\dX]$/);
    expect(first.body).not.toContain(idNumber(1));
    expect((await post('/v1/honours/grants', grant(1), await office())).statusCode).toBe(409);
    expect((await post('/v1/honours/grants', grant(1, '2025'), await office())).statusCode).toBe(201);
    const grantId = encodeURIComponent(first.json().grantId);
    const revoked = await post(`/v1/honours/grants/${grantId}/revoke`, { reason: '弄虚作假' }, await office());
    expect(revoked.json()).toMatchObject({ revoked: { reason: '弄虚作假' } });
    expect((await post(`/v1/honours/grants/${grantId}/revoke`, { reason: '再次' }, await office())).statusCode).toBe(
      409,
    );
  });

  it('only the talent office grants; an unknown honour is 400 naming the field', async () => {
    expect((await post('/v1/honours/grants', grant(2), await enterprise('b-1'))).statusCode).toBe(403);
    const unknown = await post('/v1/honours/grants', { ...grant(2), honour: 'olympic-gold' }, await office());
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors.map((e: { field: string }) => e.field)).toContain('body.honour');
  });
});

describe('appointments 特级技师 / 首席技师', () => {
  const employer = { bodyId: `heavy-${run}`, filingNo: 'Y000051001064', bodyName: '四川某重工有限公司' };
  const other = { bodyId: `other-${run}`, filingNo: 'Y000051009999', bodyName: '四川另一家装备有限公司' };
  const delivery = { topic: 'assessment', partition: 0, offset: '0', key: null };

  beforeAll(async () => {
    const learn = bodyFactsPolicy(storage.bodies);
    for (const { bodyId, filingNo, bodyName } of [employer, other])
      await learn(bodyRegisteredEnvelope({ bodyId, filingNo, name: bodyName }), delivery);
  });

  const appointment = (appointmentId: string, post: string, evidence: object) => ({
    appointmentId,
    document: { idType: 'resident-id-card', idNumber: idNumber(10) },
    name: '赵焊工',
    post,
    employer,
    occupationCode: '6-18-02-04',
    termStart: '2025-01-01',
    termEnd: '2027-12-31',
    evidence,
  });
  const level1 = { heldLevels: [{ occupationCode: '6-18-02-04', level: 'level1' }], heldPosts: [] };

  it('an enterprise appoints its own 高级技师 特级技师; renews and ends it; another enterprise gets 403, or 404 for its appointments', async () => {
    const made = await post(
      '/v1/appointments',
      appointment(`${run}-1`, 'principal-technician', level1),
      await enterprise(employer.bodyId),
    );
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({
      post: 'principal-technician',
      eligibility: { basis: 'rule', ruleId: 'principal-needs-level1' },
    });
    const otherEnterprise = await post(
      '/v1/appointments',
      appointment(`${run}-2`, 'principal-technician', level1),
      await enterprise('someone-else'),
    );
    expect(otherEnterprise.statusCode).toBe(403);
    const renewed = await post(
      `/v1/appointments/${run}-1/renew`,
      { termEnd: '2030-12-31' },
      await enterprise(employer.bodyId),
    );
    expect(renewed.json()).toMatchObject({ termEnd: '2030-12-31' });
    const byAnother = await post(
      `/v1/appointments/${run}-1/end`,
      { endedOn: '2026-06-30', reason: '调岗' },
      await enterprise('someone-else'),
    );
    const none = await post(
      `/v1/appointments/${run}-none/end`,
      { endedOn: '2026-06-30', reason: '调岗' },
      await enterprise('someone-else'),
    );
    expect([byAnother.statusCode, none.statusCode]).toEqual([404, 404]);
    expect(byAnother.json().detail.replace(`${run}-1`, `${run}-none`)).toBe(none.json().detail);
    const ended = await post(
      `/v1/appointments/${run}-1/end`,
      { endedOn: '2026-06-30', reason: '调岗' },
      await enterprise(employer.bodyId),
    );
    expect(ended.json()).toMatchObject({ ended: { endedOn: '2026-06-30' } });
  });

  it('首席技师 without the prerequisite is 422 naming the rule; the talent office overrides it with a reason, the enterprise alone may not', async () => {
    const refused = await post(
      '/v1/appointments',
      appointment(`${run}-3`, 'chief-technician', level1),
      await enterprise(employer.bodyId),
    );
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'APPOINTMENT_PREREQUISITE_UNMET', ruleId: 'chief-needs-principal' });
    const overriding = {
      ...appointment(`${run}-4`, 'chief-technician', level1),
      overrideReason: '省级技能大师，经专家评议',
    };
    const alone = await post('/v1/appointments', overriding, await enterprise(employer.bodyId));
    expect(alone.statusCode).toBe(403);
    expect(alone.json()).toMatchObject({ code: 'APPOINTMENT_OVERRIDE_NOT_ALLOWED', field: 'overrideReason' });
    const overridden = await post('/v1/appointments', overriding, await office());
    expect(overridden.statusCode).toBe(201);
    expect(overridden.json()).toMatchObject({
      employer,
      eligibility: { basis: 'override', reason: '省级技能大师，经专家评议' },
    });
  });

  it("an employer token cannot appoint in another body's name: the filing number and name are the registry's", async () => {
    const { employer: _, ...unnamed } = appointment(`${run}-5`, 'principal-technician', level1);
    const own = await post('/v1/appointments', unnamed, await enterprise(employer.bodyId));
    expect(own.statusCode, own.body).toBe(201);
    expect(own.json().employer).toEqual(employer);
    const borrowed = { bodyId: employer.bodyId, filingNo: other.filingNo, bodyName: other.bodyName };
    const inOthersName = await post(
      '/v1/appointments',
      { ...appointment(`${run}-6`, 'principal-technician', level1), employer: borrowed, overrideReason: '借用' },
      await enterprise(employer.bodyId),
    );
    expect(inOthersName.statusCode).toBe(422);
    expect(inOthersName.json()).toMatchObject({ code: 'BODY_MISMATCH', field: 'employer.filingNo' });
    const unknown = await post('/v1/appointments', unnamed, await enterprise(`ghost-${run}`));
    expect(unknown.json()).toMatchObject({ code: 'BODY_NOT_REGISTERED', field: 'employer.bodyId' });
    expect((await storage.store.readStream(`appointment-${run}-6`)).events).toEqual([]);
  });

  it('the events carry the workerId and a sealed name, never the ID number or the name', async () => {
    const stream = await storage.store.readStream(`appointment-${run}-4`);
    const raw = JSON.stringify(stream.events);
    expect(stream.events.map((e) => e.type)).toEqual(['talent.AppointmentMade']);
    expect(raw).not.toContain(idNumber(10));
    expect(raw).not.toContain('赵焊工');
    expect(raw).toMatch(/"holderName":"n1\./);
  });
});

describe('bases and studios (docs/domain.md §5.3)', () => {
  it('registers a 技能大师工作室 with its master once', async () => {
    const base = {
      baseId: `studio-${run}`,
      kind: 'master-studio',
      name: '赵焊工技能大师工作室',
      level: 'provincial',
      regionCode: '510700',
      industry: '装备制造',
      establishedOn: '2024-05-01',
      master: { document: { idType: 'resident-id-card', idNumber: idNumber(10) }, name: '赵焊工' },
    };
    expect((await post('/v1/bases', base, await office())).statusCode).toBe(201);
    expect((await post('/v1/bases', base, await office())).statusCode).toBe(409);
    const bad = await post('/v1/bases', { ...base, baseId: `b-${run}`, level: 'county' }, await office());
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toContain('body.level');
    const longName = { ...base, baseId: `long-${run}`, name: `${'赵'.repeat(70)}技能大师工作室` };
    const tooLong = await post('/v1/bases', longName, await office());
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().errors.map((e: { field: string }) => e.field)).toContain('body.name');
  });
});

describe('titles earned in competitions (HonourEarned → the registry)', () => {
  const eventIds: Record<string, string> = { 'c-a': randomUUID(), 'c-b': randomUUID() };
  const earned = (competitionId: 'c-a' | 'c-b') => ({
    eventId: eventIds[competitionId] as string,
    type: 'competition.HonourEarned',
    schemaVersion: 1,
    streamId: `competition-${competitionId}`,
    revision: 5,
    occurredAt: '2025-11-02T08:00:00.000Z',
    recordedAt: '2025-11-02T08:00:00.000Z',
    actor: { kind: 'user' as const, id: 'organiser' },
    correlationId: 'c-1',
    causationId: null,
    workerId: 'ab'.repeat(32),
    data: {
      competitionId,
      competitionName: '2025年四川技能大赛',
      tier: 'provincial-class-1',
      year: 2025,
      contestEventId: 'welding',
      entrantId: 'e-1',
      workerId: 'ab'.repeat(32),
      holderName: null,
      honour: 'sichuan-technical-expert',
      ruleId: 'sc-class-1-first',
      confirmedAt: '2025-11-02T08:00:00.000Z',
    },
  });

  it('records the title for the competition year once, whatever is delivered again or earned twice that year', async () => {
    const policy = competitionPolicy(talent);
    await policy(earned('c-a'));
    await policy(earned('c-a'));
    await policy(earned('c-b'));
    const stream = await storage.store.readStream(`honour-sichuan-technical-expert:2025:${'ab'.repeat(32)}`);
    expect(stream.events.map((e) => e.type)).toEqual(['talent.HonourGranted']);
    expect(stream.events[0]?.data).toMatchObject({
      round: '2025',
      grantedOn: '2025-11-02',
      authority: '四川省人力资源和社会保障厅',
      source: { kind: 'competition', competitionId: 'c-a' },
    });
  });
});
