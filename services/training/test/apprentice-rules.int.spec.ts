import { residentIdNumber, uniqueName } from '@tianfu/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { apprenticeshipStreamId } from '../src/application/apprenticeship-streams.ts';
import { apprenticeshipBody } from './apprenticeship-fixtures.ts';
import { office, providerBody, useTrainingApp } from './http-fixtures.ts';
import { creditCode } from './samples.ts';

const { db, started } = useTrainingApp('training-apprentice-rules');

type Problem = { code?: string; activeApprenticeshipId?: string; errors?: { field: string; rule: string }[] };
const post = async (url: string, payload: object) =>
  started().app.inject({ method: 'POST', url, payload, headers: await office() });
const problem = async (answer: Promise<{ statusCode: number; json(): Problem }>) => {
  const { statusCode, json } = await answer;
  const body = json();
  return [statusCode, body.code, ...(body.errors ?? []).map((e) => `${e.field}:${e.rule}`)];
};
const stored = async (id: string) => (await started().storage.store.readStream(apprenticeshipStreamId(id))).events;

let providerId: string;
beforeAll(async () => {
  providerId = uniqueName('p');
  expect((await post('/v1/providers', providerBody(providerId))).statusCode).toBe(201);
});

/** A worker born in 1960-something, unless `i` puts the birth date later (1,000 per day from 1960-01-01). */
const document = (i: number) => ({ idType: 'resident-id-card' as const, idNumber: residentIdNumber(i, '510104') });
const agree = (id: string, extra: object) => post('/v1/apprenticeships', apprenticeshipBody(id, providerId, extra));

describe('who may be an apprentice, over HTTP (docs/domain.md §7.6)', () => {
  it('a second agreement while one is active is refused naming it; once that one is terminated, the next is agreed', async () => {
    const worker = { document: document(5100) };
    const [first, second] = [uniqueName('ap'), uniqueName('ap')];
    expect((await agree(first, worker)).statusCode).toBe(201);
    const refused = await agree(second, worker);
    expect(await problem(Promise.resolve(refused))).toEqual([
      409,
      'APPRENTICESHIP_ALREADY_ACTIVE',
      'document:one_active_apprenticeship',
    ]);
    expect(refused.json().activeApprenticeshipId).toBe(first);
    expect(await stored(second)).toHaveLength(0);
    // The same agreement again is a retry the aggregate answers, not another apprenticeship.
    expect(await problem(agree(first, worker))).toEqual([409, 'APPRENTICESHIP_ALREADY_AGREED']);

    const ended = await post(`/v1/apprenticeships/${first}/terminate`, {
      terminatedOn: '2025-06-30',
      reason: '学徒本人申请解除',
      reasonCode: 'apprentice-withdrew',
    });
    expect(ended.json()).toMatchObject({ status: 'terminated', endReasonCode: 'apprentice-withdrew' });
    expect((await agree(second, worker)).statusCode).toBe(201);
  });

  it('clears a claim its agreement never reached once it is a minute old, and honours a fresh one as in flight', async () => {
    const worker = { document: document(5200) };
    const { workerId } = started().personalData.identify(worker.document);
    const claims = db().collection<{ _id: string; apprenticeshipId: string; claimedAt: Date }>('apprentice_claims');
    await claims.insertOne({ _id: workerId, apprenticeshipId: 'ap-in-flight', claimedAt: new Date() });
    const refused = await agree(uniqueName('ap'), worker);
    expect([refused.statusCode, refused.json().activeApprenticeshipId]).toEqual([409, 'ap-in-flight']);
    await claims.updateOne({ _id: workerId }, { $set: { claimedAt: new Date(Date.now() - 120_000) } });
    const id = uniqueName('ap');
    expect((await agree(id, worker)).statusCode).toBe(201);
    expect(await claims.findOne({ _id: workerId })).toMatchObject({ apprenticeshipId: id });
  });

  it('refuses an apprentice under 16 on the first day and a 机关事业单位 employer, naming each field; nothing is stored', async () => {
    // Born 2010-02-06 (18,300 days after 1960-01-01): 14 on 2025-01-01.
    const young = uniqueName('ap');
    expect(await problem(agree(young, { document: document(18_300_000 + 17) }))).toEqual([
      422,
      'APPRENTICESHIP_NOT_ELIGIBLE',
      'document.idNumber:minimum_age',
    ]);
    const publicSector = {
      name: '成都市某事业单位',
      creditCode: creditCode('12510100MA6CUXR00'),
      regionCode: '510100',
    };
    const institute = uniqueName('ap');
    expect(await problem(agree(institute, { document: document(5001), employer: publicSector }))).toEqual([
      422,
      'APPRENTICESHIP_NOT_ELIGIBLE',
      'employer.creditCode:employer_kind_excluded',
    ]);
    for (const id of [young, institute]) expect(await stored(id)).toHaveLength(0);
  });

  it('asks the birth date of a document that has none, and refuses one the 居民身份证号 contradicts', async () => {
    const passport = { idType: 'passport', idNumber: `E${String(Date.now()).slice(-8)}` };
    const id = uniqueName('ap');
    expect(await problem(agree(id, { document: passport }))).toEqual([
      422,
      'APPRENTICESHIP_NOT_ELIGIBLE',
      'birthDate:required_for_document',
    ]);
    expect((await agree(id, { document: passport, birthDate: '1999-09-09' })).statusCode).toBe(201);
    expect(await problem(agree(uniqueName('ap'), { document: document(5002), birthDate: '1999-09-09' }))).toEqual([
      400,
      'VALIDATION_FAILED',
      'body.birthDate:birth_date_conflict',
    ]);
  });
});
