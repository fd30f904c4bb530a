import type { MongoEventStore } from '@tianfu/eventstore';
import type { App, PersonalDataVault } from '@tianfu/service-kit';
import { residentIdNumber, useTestDatabase } from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classFactsReader } from '../src/application/class-facts-reader.ts';
import { rosterStreamId, voucherStreamId } from '../src/application/roster-streams.ts';
import { voucherCommands } from '../src/application/voucher-commands.ts';
import { bearer, classBody, providerBody, trainingApp } from './http-fixtures.ts';

const db = useTestDatabase('training-roster');
let now = new Date('2025-03-01T02:00:00Z');
let app: App;
let store: MongoEventStore;
let vault: PersonalDataVault;

const providerId = 'cd-chef-roster';
const classId = 'chef-roster-1';
const otherClassId = 'chef-roster-2';
const oneSeatClassId = 'chef-roster-3';
// Two sittings, China time: 4 hours on 10 March, 6 on 11 March.
const sittings = [
  { sittingId: 's1', date: '2025-03-10', start: '09:00', end: '13:00', theoryHours: 2, practicalHours: 2 },
  { sittingId: 's2', date: '2025-03-11', start: '09:00', end: '17:00', theoryHours: 3, practicalHours: 3 },
];
const idOf = (n: number) => residentIdNumber(n, '510104');
const document = (n: number) => ({ idType: 'resident-id-card', idNumber: idOf(n) });
const asProvider = () => bearer({ sub: 'clerk', role: 'training-provider', providerId }, now);
const asOffice = () => bearer({ sub: 'office-1', role: 'training-office' }, now);

const post = async (url: string, payload: object, headers: Record<string, string>) =>
  app.inject({ method: 'POST', url, payload, headers });
const enrol = async (n: number, extra: object = {}, into = classId) =>
  post(
    `/v1/classes/${into}/enrolments`,
    { document: document(n), name: `学员${n}`, targetGroups: ['rural-migrant'], ...extra },
    await asProvider(),
  );
const upload = async (kind: 'enrolments' | 'sign-ins', csv: string) =>
  app.inject({
    method: 'POST',
    url: `/v1/classes/${classId}/${kind}.csv`,
    payload: csv,
    headers: { ...(await asProvider()), 'content-type': 'text/csv' },
  });
const signIn = async (n: number, sittingId: string, signedAt: string) =>
  post(
    `/v1/classes/${classId}/sign-ins`,
    { document: document(n), sittingId, signedAt, deviceId: 'gate-1' },
    await asProvider(),
  );
const revision = async () => (await store.readStream(rosterStreamId(classId))).revision;

beforeAll(async () => {
  const built = await trainingApp(db(), () => now);
  ({ app, personalData: vault } = built);
  store = built.storage.store;
  const registered = await post('/v1/providers', providerBody(providerId), await asOffice());
  expect(registered.statusCode, registered.body).toBe(201);
  for (const [id, capacity] of [
    [classId, 4],
    [otherClassId, 10],
    [oneSeatClassId, 1],
  ] as const) {
    const filed = await post(
      `/v1/providers/${providerId}/classes`,
      classBody(id, { sittings, capacity }),
      await asProvider(),
    );
    expect(filed.statusCode, filed.body).toBe(201);
  }
});

afterAll(async () => {
  await app?.close();
});

describe('实名制 enrolment over HTTP (docs/domain.md §7.2, §7.3)', () => {
  it('enrols one trainee with name and target groups sealed: no raw ID number or clear name in the events', async () => {
    const answer = await enrol(1);
    expect(answer.statusCode, answer.body).toBe(201);
    expect(answer.json()).toMatchObject({ applied: true, events: { 'training.TraineeEnrolled': 1 } });
    const stored = JSON.stringify((await store.readStream(rosterStreamId(classId))).events);
    expect(stored).not.toContain(idOf(1));
    expect(stored).not.toContain('学员1');
    expect(stored).not.toContain('rural-migrant');
  });

  it('refuses the same worker twice (409 naming idNumber and the rule) and a bad ID number (400), applying nothing', async () => {
    const before = await revision();
    const again = await enrol(1);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'TRAINEE_ALREADY_ENROLLED',
      errors: [{ field: 'idNumber', rule: 'once_per_class' }],
    });
    const bad = await post(
      `/v1/classes/${classId}/enrolments`,
      { document: { idType: 'resident-id-card', idNumber: '513101198201130015' }, name: '某', targetGroups: ['other'] },
      await asProvider(),
    );
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().errors)).toContain('idNumber');
    expect(await revision()).toBe(before);
  });

  it('refuses a sheet with a bad ID number or an enrolled worker, naming each row, and applies none of it', async () => {
    const before = await revision();
    const badId = await upload(
      'enrolments',
      `证件号码,姓名,人员类别\n${idOf(2)},学员2,农民工\n513101198201130015,某,其他人员\n`,
    );
    expect(badId.statusCode).toBe(422);
    expect(badId.json().problems).toEqual([
      expect.objectContaining({ row: 3, column: '证件号码', rule: 'id_checksum' }),
    ]);
    const enrolled = await upload(
      'enrolments',
      `证件号码,姓名,人员类别\n${idOf(2)},学员2,农民工\n${idOf(1)},学员1,退役军人\n`,
    );
    expect(enrolled.statusCode).toBe(422);
    expect(enrolled.json().problems).toEqual([expect.objectContaining({ row: 3, rule: 'once_per_class' })]);
    expect(await revision()).toBe(before);
  });

  it('enrols a good sheet once: the same file again changes nothing', async () => {
    const sheet = `\uFEFF证件号码,姓名,人员类别\n${idOf(2)},学员2,农民工、高校毕业生\n${idOf(3)},学员3,退役军人\n`;
    const first = await upload('enrolments', sheet);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ applied: true, events: { 'training.TraineeEnrolled': 2 } });
    const again = await upload('enrolments', sheet);
    expect(again.json()).toMatchObject({ applied: false, revision: first.json().revision });
  });

  it('redeems a voucher at enrolment once; a second use elsewhere is refused and enrols no one', async () => {
    const voucher = {
      voucherId: 'SC-V-4',
      document: document(4),
      kind: 'employment',
      regionCode: '510100',
      issuedOn: '2025-01-01',
      expiresOn: '2025-12-31',
    };
    const issued = await post('/v1/vouchers', voucher, await asOffice());
    expect(issued.statusCode, issued.body).toBe(201);
    expect((await enrol(4, { voucherId: 'SC-V-4' })).statusCode).toBe(201);
    const read = await app.inject({ method: 'GET', url: '/v1/vouchers/SC-V-4', headers: await asOffice() });
    expect(read.json()).toMatchObject({ redeemedFor: { classId } });
    const twice = await enrol(4, { voucherId: 'SC-V-4' }, otherClassId);
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({
      code: 'VOUCHER_ALREADY_REDEEMED',
      errors: [{ field: 'voucherId', rule: 'redeemed_once' }],
    });
    expect((await store.readStream(rosterStreamId(otherClassId))).revision).toBe(0);
  });

  it('given a redemption whose enrolment was never recorded (the process stopped between), then after ten minutes the voucher enrols elsewhere', async () => {
    const voucher = {
      voucherId: 'SC-V-8',
      document: document(8),
      kind: 'employment',
      regionCode: '510100',
      issuedOn: '2025-01-01',
      expiresOn: '2025-12-31',
    };
    expect((await post('/v1/vouchers', voucher, await asOffice())).statusCode).toBe(201);
    // What a crash leaves: the voucher redeemed for the one-seat class, no enrolment recorded there.
    const facts = await classFactsReader(store)(oneSeatClassId);
    if (facts === null) throw new Error('the one-seat class is not filed');
    const workerId = vault.identify({ idType: 'resident-id-card', idNumber: idOf(8) }).workerId;
    const context = { actor: { kind: 'user', id: 'clerk' }, correlationId: 'crashed-request' } as const;
    await voucherCommands(store, () => now).redeem(
      [{ voucherId: 'SC-V-8', workerId }],
      facts,
      now.toISOString(),
      context,
    );
    const before = now;
    try {
      now = new Date(before.getTime() + 5 * 60_000);
      const early = await enrol(8, { voucherId: 'SC-V-8' }, otherClassId);
      expect(early.json()).toMatchObject({ code: 'VOUCHER_ALREADY_REDEEMED' });
      now = new Date(before.getTime() + 11 * 60_000);
      const enrolled = await enrol(8, { voucherId: 'SC-V-8' }, otherClassId);
      expect(enrolled.statusCode, enrolled.body).toBe(201);
    } finally {
      now = before;
    }
    const events = (await store.readStream(voucherStreamId('SC-V-8'))).events;
    expect(events.map((e) => e.type)).toEqual([
      'training.VoucherIssued',
      'training.VoucherRedeemed',
      'training.VoucherReleased',
      'training.VoucherRedeemed',
    ]);
    expect(events[2]?.data).toMatchObject({ classId: oneSeatClassId, reason: 'its enrolment was never recorded' });
  });

  it('given two trainees with vouchers racing for the last place, then one enrols and the other’s voucher stays unused', async () => {
    for (const n of [6, 7]) {
      const voucher = {
        voucherId: `SC-V-${n}`,
        document: document(n),
        kind: 'employment',
        regionCode: '510100',
        issuedOn: '2025-01-01',
        expiresOn: '2025-12-31',
      };
      expect((await post('/v1/vouchers', voucher, await asOffice())).statusCode).toBe(201);
    }
    const answers = await Promise.all([6, 7].map((n) => enrol(n, { voucherId: `SC-V-${n}` }, oneSeatClassId)));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    const lost = answers.findIndex((a) => a.statusCode === 409);
    expect(answers[lost]?.json()).toMatchObject({ code: 'CLASS_FULL' });
    const read = async (n: number) =>
      (await app.inject({ method: 'GET', url: `/v1/vouchers/SC-V-${n}`, headers: await asOffice() })).json();
    expect(await read(lost === 0 ? 6 : 7)).toMatchObject({ redeemedFor: null });
    expect(await read(lost === 0 ? 7 : 6)).toMatchObject({ redeemedFor: { classId: oneSeatClassId } });
  });

  it('refuses an enrolment beyond the capacity (409 CLASS_FULL)', async () => {
    const full = await enrol(5);
    expect(full.statusCode).toBe(409);
    expect(full.json()).toMatchObject({ code: 'CLASS_FULL', errors: [{ field: 'classId', rule: 'capacity' }] });
  });

  it('refuses enrolments once the provider is suspended, also when another instance of the service suspended it', async () => {
    const suspendedId = 'cd-chef-roster-suspended';
    const suspendedClassId = 'chef-roster-suspended';
    const asSuspended = () => bearer({ sub: 'clerk', role: 'training-provider', providerId: suspendedId }, now);
    expect((await post('/v1/providers', providerBody(suspendedId), await asOffice())).statusCode).toBe(201);
    const filed = await post(
      `/v1/providers/${suspendedId}/classes`,
      classBody(suspendedClassId, { sittings, capacity: 10 }),
      await asSuspended(),
    );
    expect(filed.statusCode, filed.body).toBe(201);
    const enrolIn = async (n: number) =>
      post(
        `/v1/classes/${suspendedClassId}/enrolments`,
        { document: document(n), name: `学员${n}`, targetGroups: ['rural-migrant'] },
        await asSuspended(),
      );
    expect((await enrolIn(40)).statusCode).toBe(201);
    const other = await trainingApp(db(), () => now);
    const suspended = await other.app.inject({
      method: 'POST',
      url: `/v1/providers/${suspendedId}/suspend`,
      payload: { reason: '双随机检查不合格' },
      headers: await asOffice(),
    });
    await other.app.close();
    expect(suspended.statusCode, suspended.body).toBe(200);
    const refused = await enrolIn(41);
    expect([refused.statusCode, refused.json().code]).toEqual([409, 'PROVIDER_SUSPENDED']);
  });
});

describe('attendance and completion over HTTP (docs/domain.md §7.4, §7.5)', () => {
  it('signs in from a device during the sitting; a retry is a no-op, a second sign-in refused', async () => {
    now = new Date('2025-03-10T10:00:00+08:00');
    const first = await signIn(1, 's1', '2025-03-10T09:05:00+08:00');
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ applied: true });
    expect((await signIn(1, 's1', '2025-03-10T09:05:00+08:00')).json()).toMatchObject({ applied: false });
    const second = await signIn(1, 's1', '2025-03-10T09:30:00+08:00');
    expect(second.json()).toMatchObject({
      code: 'ALREADY_SIGNED_IN',
      errors: [{ field: 'sittingId', rule: 'once_per_sitting' }],
    });
  });

  it('refuses a sign-in in the future, outside the sitting, for an unknown sitting or for someone not enrolled', async () => {
    const cases = [
      [1, 's2', '2025-03-11T09:05:00+08:00', 'SIGN_IN_IN_FUTURE', 'signedAt'],
      [2, 's1', '2025-03-10T08:00:00+08:00', 'SIGN_IN_OUTSIDE_SITTING', 'signedAt'],
      [2, 's9', '2025-03-10T09:05:00+08:00', 'SITTING_NOT_FOUND', 'sittingId'],
      [5, 's1', '2025-03-10T09:05:00+08:00', 'TRAINEE_NOT_ENROLLED', 'idNumber'],
    ] as const;
    for (const [n, sitting, at, code, field] of cases) {
      const refused = await signIn(n, sitting, at);
      expect(refused.statusCode, code).toBe(422);
      expect(refused.json()).toMatchObject({ code, errors: [{ field }] });
    }
  });

  it('takes the provider’s sign-in sheet, a correction and a void, then completes after the last sitting', async () => {
    now = new Date('2025-03-11T18:00:00+08:00');
    const sheet = [
      '证件号码,课次,签到时间',
      `${idOf(2)},s1,2025-03-10 09:01`,
      `${idOf(3)},s1,2025-03-10 09:02`,
      `${idOf(4)},s1,2025-03-10 09:03`,
      `${idOf(1)},s2,2025-03-11 09:00`,
      `${idOf(2)},s2,2025-03-11 09:10`,
    ].join('\n');
    expect((await upload('sign-ins', sheet)).json()).toMatchObject({ events: { 'training.AttendanceSignedIn': 5 } });
    const provider = await asProvider();
    const correction = { document: document(3), sittingId: 's1', hours: 2, reason: '迟到两小时' };
    expect((await post(`/v1/classes/${classId}/attendance/corrections`, correction, provider)).statusCode).toBe(200);
    const withdrawal = { document: document(4), sittingId: 's1', reason: '代签' };
    expect((await post(`/v1/classes/${classId}/attendance/voids`, withdrawal, provider)).statusCode).toBe(200);
    const early = await post(`/v1/classes/${classId}/completion`, {}, provider);
    expect(early.json()).toMatchObject({
      code: 'CLASS_NOT_ENDED',
      errors: [{ field: 'classId', rule: 'class_ended' }],
    });

    now = new Date('2025-03-12T09:00:00+08:00');
    const completed = await post(`/v1/classes/${classId}/completion`, {}, await asProvider());
    expect(completed.statusCode, completed.body).toBe(200);
    expect(completed.json()).toMatchObject({
      completedOn: '2025-03-11',
      completers: 2,
      nonCompleters: 2,
      rule: { ruleId: 'sc-2020-68-attendance', minAttendanceShare: 0.8, confirmed: false },
    });
    const twice = await post(`/v1/classes/${classId}/completion`, {}, await asProvider());
    expect(twice.json()).toMatchObject({ code: 'CLASS_ALREADY_COMPLETED' });
  });

  it('lists the trainees with names and groups for the provider, and without them once a worker is erased', async () => {
    const list = async () =>
      (
        await app.inject({ method: 'GET', url: `/v1/classes/${classId}/enrolments`, headers: await asProvider() })
      ).json();
    const before = await list();
    expect(before.items).toHaveLength(4);
    expect(before.items[0]).toMatchObject({
      enrolmentId: '00001',
      name: '学员1',
      targetGroups: ['rural-migrant'],
      attendedHours: 10,
      outcome: { completed: true, certificateNo: `${classId}-00001` },
    });
    expect(before.completionRule).toMatchObject({ ruleId: 'sc-2020-68-attendance', minAttendanceShare: 0.8 });
    const sittingsOf = (n: number) =>
      before.items[n].sittings.map((s: { sittingId: string; hours: number; voided: boolean }) => [
        s.sittingId,
        s.hours,
        s.voided,
      ]);
    expect(sittingsOf(1)).toEqual([
      ['s1', 4, false],
      ['s2', 6, false],
    ]);
    expect(sittingsOf(2)).toEqual([
      ['s1', 2, false],
      ['s2', 0, false],
    ]);
    expect(sittingsOf(3)).toEqual([
      ['s1', 0, true],
      ['s2', 0, false],
    ]);
    expect(before.items[1].sittings[0].signedAt).toBe('2025-03-10T09:01:00+08:00');
    expect(before.items[0].maskedIdNumber).not.toBe(idOf(1));
    expect(before.items[1]).toMatchObject({ targetGroups: ['rural-migrant', 'graduate'] });
    await vault.erase(before.items[0].workerId);
    const after = await list();
    expect(after.items[0]).toMatchObject({ name: null, targetGroups: null, outcome: { completed: true } });
    expect(after.items).toHaveLength(4);
  });
});
