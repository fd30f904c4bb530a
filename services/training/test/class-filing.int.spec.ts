import { uniqueName } from '@tianfu/testing';
import { describe, expect, it } from 'vitest';
import { classStreamId } from '../src/application/training-streams.ts';
import { classBody, providerBody, providerToken, useTrainingApp } from './http-fixtures.ts';

const { started, send } = useTrainingApp('training-classes');

const problem = (answer: { statusCode: number; json(): { code?: string; errors?: { field: string }[] } }) => [
  answer.statusCode,
  answer.json().code,
  ...(answer.json().errors ?? []).map((e) => e.field),
];
const filedEvents = async (classId: string) =>
  (await started().storage.store.readStream(classStreamId(classId))).events;

async function provider(): Promise<{ id: string; token: Record<string, string> }> {
  const id = uniqueName('p');
  const made = await send('POST', '/v1/providers', providerBody(id));
  expect(made.statusCode, made.body).toBe(201);
  return { id, token: await providerToken(id) };
}

describe('filing classes (docs/domain.md §7.1)', () => {
  it('a provider files its class, reads it back and lists it; another provider neither reads nor files for it', async () => {
    const { id, token } = await provider();
    const classId = uniqueName('c');
    const filed = await send('POST', `/v1/providers/${id}/classes`, classBody(classId), token);
    expect(filed.statusCode, filed.body).toBe(201);
    expect(filed.json()).toMatchObject({ classId, providerId: id, brand: 'sichuan-cuisine-chef', revision: 1 });
    expect(filed.json().startsOn < filed.json().endsOn).toBe(true);
    const listed = await send('GET', `/v1/providers/${id}/classes`, undefined, token);
    expect(listed.json().items.map((c: { classId: string }) => c.classId)).toEqual([classId]);
    expect((await send('GET', `/v1/classes/${classId}`, undefined, token)).json().capacity).toBe(40);

    const stranger = await providerToken('someone-else');
    expect(problem(await send('GET', `/v1/classes/${classId}`, undefined, stranger))).toEqual([404, 'CLASS_NOT_FOUND']);
    expect((await send('POST', `/v1/providers/${id}/classes`, classBody(uniqueName('c')), stranger)).statusCode).toBe(
      403,
    );
    expect(problem(await send('POST', `/v1/providers/${id}/classes`, classBody(classId), token))).toEqual([
      409,
      'CLASS_ALREADY_FILED',
    ]);
    expect(await filedEvents(classId)).toHaveLength(1);
  });

  it('a suspended or removed provider files nothing (409 naming why); nothing is stored', async () => {
    const { id, token } = await provider();
    await send('POST', `/v1/providers/${id}/suspend`, { reason: '双随机检查不合格' });
    const whileSuspended = uniqueName('c');
    expect(problem(await send('POST', `/v1/providers/${id}/classes`, classBody(whileSuspended), token))).toEqual([
      409,
      'PROVIDER_SUSPENDED',
    ]);
    await send('POST', `/v1/providers/${id}/remove`, { reason: '退出' });
    expect(problem(await send('POST', `/v1/providers/${id}/classes`, classBody(whileSuspended), token))).toEqual([
      409,
      'PROVIDER_REMOVED',
    ]);
    expect(await filedEvents(whileSuspended)).toHaveLength(0);
    expect((await send('GET', `/v1/providers/${id}/classes`, undefined, token)).json().items).toEqual([]);
  });

  it('refuses, naming the field, an item the provider may not train, a level the standard lacks, past and inverted sittings', async () => {
    const { id, token } = await provider();
    const file = (extra: object) =>
      send('POST', `/v1/providers/${id}/classes`, classBody(uniqueName('c'), extra), token);
    const welding = { item: { kind: 'occupation', code: '6-18-02-04' } };
    expect(problem(await file(welding))).toEqual([422, 'ITEM_NOT_PERMITTED', 'item.code']);
    const cuisine = { item: { kind: 'special-ability', code: 'S51-0012' }, targetLevel: 'level4' };
    expect(problem(await file(cuisine))).toEqual([422, 'TARGET_LEVEL_NOT_OFFERED', 'targetLevel']);
    const sittings = [
      { sittingId: 's1', date: '2020-01-01', start: '09:00', end: '12:00', theoryHours: 3, practicalHours: 0 },
      { sittingId: 's2', date: '2099-01-01', start: '14:00', end: '12:00', theoryHours: 1, practicalHours: 0 },
    ];
    expect(problem(await file({ sittings }))).toEqual([422, 'SITTINGS_INVALID', 'sittings.0.date', 'sittings.1.end']);
    const badHours = await file({ sittings: [{ ...sittings[1], end: '15:00', theoryHours: 0.3 }] });
    expect(problem(badHours)).toEqual([400, 'VALIDATION_FAILED', 'body.sittings.0.theoryHours']);
    expect((await send('GET', `/v1/providers/${id}/classes`, undefined, token)).json().items).toEqual([]);
  });
});
