import { foldEvents } from '@tianfu/decider';
import { bodyFactsPolicy } from '@tianfu/platform-bodies';
import type { App } from '@tianfu/service-kit';
import { type Principal, personalDataConfigSchema, signToken } from '@tianfu/service-kit';
import { bodyRegisteredEnvelope, residentIdNumber, useTestDatabase } from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { talentReadModels } from '../src/application/talent-read-models.ts';
import { talentStreams } from '../src/application/talent-streams.ts';
import { honourGrantDecider } from '../src/domain/honour-grant.ts';
import { talentStorage } from '../src/storage.ts';

const SECRET = 'talent-listing-secret-at-least-32-characters';
const db = useTestDatabase('talent-listings');
let app: App;
let storage: Awaited<ReturnType<typeof talentStorage>>;

const bearer = async (principal: Principal) => ({
  authorization: `Bearer ${await signToken({ secret: SECRET, principal })}`,
});
const office = () => bearer({ sub: 'talent-clerk', role: 'talent-office' });
const hr = () => bearer({ sub: 'planner', role: 'hr' });
const enterprise = (bodyId: string) => bearer({ sub: `hr-${bodyId}`, role: 'employer', bodyId });
const person = (i: number, name: string) => ({
  document: { idType: 'resident-id-card', idNumber: residentIdNumber(700 + i, '510700') },
  name,
});

beforeAll(async () => {
  const clock = () => new Date();
  storage = await talentStorage(db(), db(), personalDataConfigSchema.parse({}), clock);
  ({ app } = await buildApp({ ...storage, authSecret: SECRET, clock, version: 'test', logLevel: 'silent' }));
}, 60_000);

afterAll(async () => {
  await app?.close();
});

const post = async (url: string, payload: object, headers: Record<string, string>) =>
  app.inject({ method: 'POST', url, payload, headers });
const list = async (url: string, headers: Record<string, string>) => app.inject({ method: 'GET', url, headers });
const grant = (i: number, name: string, fields: object) => ({
  ...person(i, name),
  honour: 'sichuan-technical-expert',
  round: '2024',
  grantedOn: '2024-12-01',
  authority: '四川省人力资源和社会保障厅',
  documentNo: '川人社函〔2024〕8号',
  ...fields,
});

describe('honour grants listed by honour, year and 市(州) (docs/domain.md §4.2)', () => {
  beforeAll(async () => {
    const headers = await office();
    for (const payload of [
      grant(1, '李绵阳', { regionCode: '510700' }),
      grant(2, '王成都', { regionCode: '510100' }),
      grant(3, '张工匠', { honour: 'sichuan-craftsman', round: '2023', grantedOn: '2023-05-01', regionCode: '510700' }),
    ]) {
      const granted = await post('/v1/honours/grants', payload, headers);
      if (granted.statusCode !== 201) throw new Error(granted.body);
    }
  });

  it('the talent office filters and sees names; hr sees the same grants without them', async () => {
    const mianyang = await list('/v1/honours/grants?region=510700', await office());
    expect(mianyang.statusCode).toBe(200);
    expect(mianyang.json().items.map((g: { name: string }) => g.name)).toEqual(['李绵阳', '张工匠']);
    const of2023 = await list('/v1/honours/grants?year=2023&honour=sichuan-craftsman', await office());
    expect(of2023.json().items).toMatchObject([{ name: '张工匠', honourName: '四川工匠', source: 'decision' }]);
    const forHr = await list('/v1/honours/grants?region=510700', await hr());
    expect(forHr.json().items.map((g: { name: string | null }) => g.name)).toEqual([null, null]);
    expect(forHr.body).not.toContain('李绵阳');
  });

  it('a revocation shows in the list; a bad filter is 400 naming it; an employer may not list', async () => {
    const [chengdu] = (await list('/v1/honours/grants?region=510100', await office())).json().items;
    const revoke = `/v1/honours/grants/${encodeURIComponent(chengdu.grantId)}/revoke`;
    expect((await post(revoke, { reason: '弄虚作假' }, await office())).statusCode).toBe(200);
    const after = await list('/v1/honours/grants?region=510100', await office());
    expect(after.json().items).toMatchObject([{ name: '王成都', revoked: { reason: '弄虚作假' } }]);
    const bad = await list('/v1/honours/grants?region=510104', await office());
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toContain('querystring.region');
    expect((await list('/v1/honours/grants', await enterprise('b-1'))).statusCode).toBe(403);
  });

  it('a line lost after its commit is written again when the commit comes back on the topic, never older over newer', async () => {
    const [line] = (await list('/v1/honours/grants?region=510100', await office())).json().items;
    const { events } = await storage.store.readStream(talentStreams.grant(line.grantId));
    const silent = { warn: () => {} };
    // A late write of the state before the revocation (revision 1) leaves the newer line alone.
    const granted = foldEvents(honourGrantDecider, events.slice(0, 1));
    if (granted === null) throw new Error('no grant in the stream');
    await storage.listings.putGrant(granted, 1);
    expect((await storage.listings.grants({ regionCode: '510100' }))[0]?.revoked).toMatchObject({ reason: '弄虚作假' });
    await db()
      .collection('honour_grant_list')
      .deleteOne({ _id: line.grantId } as never);
    expect(await storage.listings.grants({ regionCode: '510100' })).toEqual([]);
    await talentReadModels(storage.store, storage.listings, silent).repair(events);
    expect(await storage.listings.grants({ regionCode: '510100' })).toMatchObject([{ revision: 2, revoked: {} }]);
  });
});

describe('appointments and bases listed', () => {
  const employer = { bodyId: 'listing-heavy', filingNo: 'Y000051001064', bodyName: '四川某重工有限公司' };
  const other = { bodyId: 'listing-other', filingNo: 'Y000051009999', bodyName: '四川另一家装备有限公司' };
  const level1 = { heldLevels: [{ occupationCode: '6-18-02-04', level: 'level1' }], heldPosts: [] };
  const appointment = (appointmentId: string, i: number, at: typeof employer) => ({
    appointmentId,
    ...person(i, '赵焊工'),
    post: 'principal-technician',
    employer: at,
    occupationCode: '6-18-02-04',
    termStart: '2025-01-01',
    termEnd: '2027-12-31',
    evidence: level1,
  });

  beforeAll(async () => {
    const learn = bodyFactsPolicy(storage.bodies);
    const delivery = { topic: 'assessment', partition: 0, offset: '0', key: null };
    for (const { bodyId, filingNo, bodyName } of [employer, other])
      await learn(bodyRegisteredEnvelope({ bodyId, filingNo, name: bodyName }), delivery);
    for (const [id, i, at] of [['a-own', 10, employer] as const, ['a-other', 11, other] as const]) {
      const made = await post('/v1/appointments', appointment(id, i, at), await enterprise(at.bodyId));
      if (made.statusCode !== 201) throw new Error(made.body);
    }
  });

  it('an enterprise lists only its own, names masked; the office lists all with names, and renews and ends any', async () => {
    const own = await list('/v1/appointments?bodyId=listing-other', await enterprise(employer.bodyId));
    expect(own.json().items).toEqual([
      expect.objectContaining({ appointmentId: 'a-own', name: null, maskedName: '赵*' }),
    ]);
    const all = await list('/v1/appointments?post=principal-technician', await office());
    expect(
      all
        .json()
        .items.map((a: { appointmentId: string }) => a.appointmentId)
        .sort(),
    ).toEqual(['a-other', 'a-own']);
    expect(all.json().items[0]).toMatchObject({ name: '赵焊工', maskedName: '赵*' });
    expect((await post('/v1/appointments/a-other/renew', { termEnd: '2030-12-31' }, await office())).statusCode).toBe(
      200,
    );
    const ended = await post('/v1/appointments/a-other/end', { endedOn: '2026-06-30', reason: '调岗' }, await office());
    expect(ended.json()).toMatchObject({ termEnd: '2030-12-31', ended: { endedOn: '2026-06-30' } });
    const listed = await list(`/v1/appointments?bodyId=${other.bodyId}`, await office());
    expect(listed.json().items).toMatchObject([{ termEnd: '2030-12-31', ended: { reason: '调岗' } }]);
  });

  it("bases by kind, level and 市(州): a master studio's sealed name opened for the office only", async () => {
    const studio = {
      baseId: 'listing-studio',
      kind: 'master-studio',
      name: '赵焊工技能大师工作室',
      level: 'provincial',
      regionCode: '510700',
      industry: '装备制造',
      establishedOn: '2024-05-01',
      master: person(10, '赵焊工'),
    };
    const park = { ...studio, baseId: 'listing-park', kind: 'park-cultivation-base', name: '绵阳园区', master: null };
    const city = {
      ...park,
      baseId: 'listing-city',
      kind: 'public-training-base',
      name: '绵阳实训',
      level: 'municipal',
    };
    for (const base of [studio, park, city])
      expect((await post('/v1/bases', base, await office())).statusCode).toBe(201);
    const municipal = await list('/v1/bases?region=510700&level=municipal', await hr());
    expect(municipal.json().items.map((b: { baseId: string }) => b.baseId)).toEqual(['listing-city']);
    expect((await list('/v1/bases?level=county', await hr())).statusCode).toBe(400);
    const forOffice = await list('/v1/bases?region=510700&kind=master-studio', await office());
    expect(forOffice.json().items).toMatchObject([
      { baseId: 'listing-studio', name: '赵焊工技能大师工作室', members: 0 },
    ]);
    const forHr = await list('/v1/bases?region=510700&level=provincial', await hr());
    expect(
      forHr
        .json()
        .items.map((b: { name: string | null }) => b.name)
        .sort(),
    ).toEqual([null, '绵阳园区'].sort());
  });
});
