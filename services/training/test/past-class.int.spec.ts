import type { App } from '@tianfu/service-kit';
import { residentIdNumber, useTestDatabase } from '@tianfu/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { bearer, classBody, providerBody, trainingApp } from './http-fixtures.ts';

const db = useTestDatabase('training-past-class');
// The office records in 2026 a class that ran in May 2024: 7 and 7 hours, room for 3.
const now = new Date('2026-03-01T02:00:00Z');
let app: App;

const providerId = 'cd-chef-past';
const classId = 'chef-past-2024-1';
const sittings = [
  { sittingId: 'd1', date: '2024-05-10', start: '09:00', end: '17:00', theoryHours: 3, practicalHours: 4 },
  { sittingId: 'd2', date: '2024-05-11', start: '09:00', end: '17:00', theoryHours: 3, practicalHours: 4 },
];
const idOf = (n: number) => residentIdNumber(n, '510104');
const asOffice = () => bearer({ sub: 'office-1', role: 'training-office' }, now);
const asProvider = () => bearer({ sub: 'clerk', role: 'training-provider', providerId }, now);
const fileLate = async (body: object, headers: Record<string, string>) =>
  app.inject({ method: 'POST', url: `/v1/providers/${providerId}/past-classes`, payload: body, headers });
const rosterSheet = async (csv: string, headers: Record<string, string>) =>
  app.inject({
    method: 'POST',
    url: `/v1/classes/${classId}/past-roster.csv`,
    payload: csv,
    headers: { ...headers, 'content-type': 'text/csv' },
  });
const header = '证件号码,姓名,人员类别,报名日期,出勤课次\n';
const sheet = [
  `${idOf(1)},王小川,农民工,2024-05-06,d1、d2`,
  `${idOf(2)},李二,高校毕业生,2024-05-08,d2`,
  `${idOf(3)},张三,农民工;退役军人,2024-05-08,d1;d2`,
].join('\n');

beforeAll(async () => {
  ({ app } = await trainingApp(db(), () => now));
  const registered = await app.inject({
    method: 'POST',
    url: '/v1/providers',
    payload: providerBody(providerId),
    headers: await asOffice(),
  });
  expect(registered.statusCode, registered.body).toBe(201);
});

describe('补录: a class that already ran, recorded by the training office (docs/domain.md §7.1)', () => {
  it('when a provider tries it, then 403; when a sitting has not ended, then 422 naming the sitting and the rule', async () => {
    const body = { ...classBody(classId, { sittings, capacity: 3 }), reason: '2024 年纸质台账补录' };
    expect((await fileLate(body, await asProvider())).statusCode).toBe(403);
    const future = { ...body, sittings: [sittings[0], { ...sittings[1], date: '2026-03-02' }] };
    const refused = await fileLate(future, await asOffice());
    expect(refused.statusCode).toBe(422);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json().errors).toEqual([
      expect.objectContaining({ field: 'sittings.1.date', rule: 'sitting_not_held' }),
    ]);
    const noReason = await fileLate({ ...body, reason: undefined }, await asOffice());
    expect(noReason.statusCode).toBe(400);
  });

  it('given the class filed late, when its roster sheet comes with a bad row, then nothing is applied and the row is named', async () => {
    const body = { ...classBody(classId, { sittings, capacity: 3 }), reason: '2024 年纸质台账补录' };
    const filed = await fileLate(body, await asOffice());
    expect(filed.statusCode, filed.body).toBe(201);
    expect(filed.json()).toMatchObject({ filedAt: now.toISOString(), lateFiling: { reason: '2024 年纸质台账补录' } });
    const bad = await rosterSheet(`${header}${sheet}\n${idOf(4)},赵四,农民工,2024-05-12,d1\n`, await asOffice());
    expect(bad.statusCode).toBe(422);
    expect(bad.json().problems).toEqual([
      expect.objectContaining({ row: 5, column: 'enrolledOn', rule: 'class_not_finished' }),
    ]);
    const list = await app.inject({
      method: 'GET',
      url: `/v1/classes/${classId}/enrolments`,
      headers: await asOffice(),
    });
    expect(list.json().items).toEqual([]);
  });

  it('when the roster sheet is right, then trainees are enrolled on their days and completed by attendance, once', async () => {
    const accepted = await rosterSheet(`${header}${sheet}\n`, await asOffice());
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().events).toMatchObject({
      'training.TraineeEnrolled': 3,
      'training.AttendanceSignedIn': 5,
      'training.TraineeCompleted': 2,
      'training.TraineeNotCompleted': 1,
      'training.ClassCompleted': 1,
    });
    const again = await rosterSheet(`${header}${sheet}\n`, await asOffice());
    expect(again.json()).toMatchObject({ applied: false });
    const list = await app.inject({
      method: 'GET',
      url: `/v1/classes/${classId}/enrolments`,
      headers: await asOffice(),
    });
    const items = list.json().items as { name: string; outcome: { completed: boolean } }[];
    expect(items.map((i) => [i.name, i.outcome.completed])).toEqual([
      ['王小川', true],
      ['李二', false],
      ['张三', true],
    ]);
  });

  it('given a class filed ahead, when a roster sheet comes for it, then 409 naming classId', async () => {
    const ahead = classBody('chef-ahead-1');
    const filed = await app.inject({
      method: 'POST',
      url: `/v1/providers/${providerId}/classes`,
      payload: { ...ahead, sittings: [{ ...sittings[0], date: '2026-04-01' }] },
      headers: await asOffice(),
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const refused = await app.inject({
      method: 'POST',
      url: '/v1/classes/chef-ahead-1/past-roster.csv',
      payload: `${header}${sheet}\n`,
      headers: { ...(await asOffice()), 'content-type': 'text/csv' },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      code: 'CLASS_NOT_FILED_LATE',
      errors: [{ field: 'classId', rule: 'late_filed_class' }],
    });
  });
});
