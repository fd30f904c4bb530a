import { residentIdNumber, uniqueName } from '@tianfu/testing';
import { describe, expect, it } from 'vitest';
import { apprenticeshipStreamId } from '../src/application/apprenticeship-streams.ts';
import { apprenticeshipBody } from './apprenticeship-fixtures.ts';
import { providerBody, providerToken, useTrainingApp } from './http-fixtures.ts';
import { creditCode } from './samples.ts';

const { started, send } = useTrainingApp('training-apprenticeships');

type Answer = { statusCode: number; body: string; json(): Record<string, unknown> & { errors?: { field: string }[] } };
const problem = (answer: Answer) => [
  answer.statusCode,
  answer.json().code,
  ...(answer.json().errors ?? []).map((e) => e.field),
];
const storedEvents = async (id: string) =>
  (await started().storage.store.readStream(apprenticeshipStreamId(id))).events;
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const daysFromToday = (days: number) => new Date(Date.parse(today()) + days * 86_400_000).toISOString().slice(0, 10);

const idNumber = residentIdNumber(4242, '510104');
const body = (apprenticeshipId: string, providerId: string, extra: object = {}) =>
  apprenticeshipBody(apprenticeshipId, providerId, {
    document: { idType: 'resident-id-card', idNumber },
    startsOn: daysFromToday(-800),
    plannedEndOn: daysFromToday(-40),
    ...extra,
  });

async function provider(extra: object = {}): Promise<{ id: string; token: Record<string, string> }> {
  const id = uniqueName('p');
  const made = await send('POST', '/v1/providers', providerBody(id, extra));
  expect(made.statusCode, made.body).toBe(201);
  return { id, token: await providerToken(id) };
}

describe('企业新型学徒制 agreements over HTTP (docs/domain.md §7.6)', () => {
  it('a provider agrees, records progress, completes; its names are sealed in the event, never the ID number', async () => {
    const { id, token } = await provider();
    const apprenticeshipId = uniqueName('ap');
    const agreed = await send('POST', '/v1/apprenticeships', body(apprenticeshipId, id), token);
    expect(agreed.statusCode, agreed.body).toBe(201);
    expect(agreed.json()).toMatchObject({
      apprenticeshipId,
      status: 'active',
      providerKind: 'technical-school',
      apprentice: { name: '李小川', maskedIdNumber: expect.stringContaining('*') },
      mentorName: '王大厨',
      teacherName: '陈老师',
      durationRule: { ruleId: 'cn-2021-apprenticeship-term', confirmed: false },
    });
    const stored = JSON.stringify(await storedEvents(apprenticeshipId));
    for (const secret of [idNumber, '李小川', '王大厨', '陈老师']) expect(stored).not.toContain(secret);

    const step = { progressId: 'p1', on: daysFromToday(-200), stage: '岗位实操：热菜烹调', hours: 320 };
    const url = `/v1/apprenticeships/${apprenticeshipId}`;
    expect((await send('POST', `${url}/progress`, step, token)).json()).toMatchObject({
      applied: true,
      totalHours: 320,
    });
    // The same record again, a retried request: applied once.
    expect((await send('POST', `${url}/progress`, step, token)).json()).toMatchObject({
      applied: false,
      totalHours: 320,
    });
    const completed = await send('POST', `${url}/complete`, { completedOn: today() }, token);
    expect(completed.json()).toMatchObject({ status: 'completed', endedOn: today(), applied: true });
    expect((await send('POST', `${url}/complete`, { completedOn: today() }, token)).json().applied).toBe(false);
    expect((await storedEvents(apprenticeshipId)).map((e) => e.type)).toEqual([
      'training.ApprenticeshipAgreed',
      'training.ApprenticeshipProgressRecorded',
      'training.ApprenticeshipCompleted',
    ]);
    expect(problem(await send('POST', `${url}/terminate`, { terminatedOn: today(), reason: '解除' }, token))).toEqual([
      409,
      'APPRENTICESHIP_ENDED',
    ]);
  });

  it('refuses a provider of the wrong kind, a suspended one, a bad credit code and a term over three years, naming each; nothing is stored', async () => {
    const online = await provider({ kind: 'online-platform' });
    const refused = async (answer: Promise<Answer>, apprenticeshipId: string) => {
      const found = problem(await answer);
      expect(await storedEvents(apprenticeshipId)).toHaveLength(0);
      return found;
    };
    const a1 = uniqueName('ap');
    expect(await refused(send('POST', '/v1/apprenticeships', body(a1, online.id), online.token), a1)).toEqual([
      422,
      'PROVIDER_KIND_NOT_PERMITTED',
      'providerId',
    ]);
    const school = await provider();
    const a2 = uniqueName('ap');
    const longTerm = { startsOn: '2025-01-01', plannedEndOn: '2028-01-01' };
    expect(await refused(send('POST', '/v1/apprenticeships', body(a2, school.id, longTerm)), a2)).toEqual([
      422,
      'APPRENTICESHIP_TERM_INVALID',
      'plannedEndOn',
    ]);
    const badCode = { employer: { name: '某公司', creditCode: '91510100MA6CUXR00X', regionCode: '510100' } };
    const a3 = uniqueName('ap');
    const answer = await send('POST', '/v1/apprenticeships', body(a3, school.id, badCode));
    expect(answer.statusCode).toBe(400);
    expect(answer.json().errors?.map((e: { field: string }) => e.field)).toContain('body.employer.creditCode');
    expect(await storedEvents(a3)).toHaveLength(0);
    await send('POST', `/v1/providers/${school.id}/suspend`, { reason: '双随机检查不合格' });
    const a4 = uniqueName('ap');
    expect(await refused(send('POST', '/v1/apprenticeships', body(a4, school.id)), a4)).toEqual([
      409,
      'PROVIDER_SUSPENDED',
    ]);
  });

  it('a provider agrees only for itself and reads only its own; completing early needs a reason', async () => {
    const mine = await provider();
    const other = await provider();
    const apprenticeshipId = uniqueName('ap');
    const forOther = await send('POST', '/v1/apprenticeships', body(apprenticeshipId, mine.id), other.token);
    expect(forOther.statusCode).toBe(403);
    const early = { startsOn: daysFromToday(-100), plannedEndOn: daysFromToday(300) };
    expect(
      (await send('POST', '/v1/apprenticeships', body(apprenticeshipId, mine.id, early), mine.token)).statusCode,
    ).toBe(201);
    const url = `/v1/apprenticeships/${apprenticeshipId}`;
    expect(problem(await send('GET', url, undefined, other.token))).toEqual([404, 'APPRENTICESHIP_NOT_FOUND']);
    expect(problem(await send('POST', `${url}/complete`, { completedOn: today() }, mine.token))).toEqual([
      422,
      'COMPLETION_REASON_REQUIRED',
      'reason',
    ]);
    const withReason = { completedOn: today(), reason: '提前取得四级证书' };
    expect((await send('POST', `${url}/complete`, withReason, mine.token)).json()).toMatchObject({
      status: 'completed',
      endReason: '提前取得四级证书',
    });
  });

  it('lists agreements: a provider its own only, the office by provider, employer and status; no name in a line', async () => {
    const mine = await provider();
    const other = await provider();
    const apprentice = (n: number) => ({
      document: { idType: 'resident-id-card', idNumber: residentIdNumber(n, '510105') },
    });
    const [first, second, theirs] = [uniqueName('ap'), uniqueName('ap'), uniqueName('ap')];
    const hotpot = { name: '成都川味火锅有限公司', creditCode: creditCode('91510100MA6HTPG00'), regionCode: '510100' };
    for (const [id, providerId, extra] of [
      [first, mine.id, apprentice(6101)],
      [second, mine.id, { ...apprentice(6102), employer: hotpot, startsOn: daysFromToday(-900) }],
      [theirs, other.id, apprentice(6103)],
    ] as const) {
      const agreed = await send('POST', '/v1/apprenticeships', body(id, providerId, extra));
      expect(agreed.statusCode, agreed.body).toBe(201);
    }
    await send('POST', `/v1/apprenticeships/${first}/complete`, { completedOn: today() });

    const ids = (answer: Answer) =>
      (answer.json().items as { apprenticeshipId: string }[]).map((l) => l.apprenticeshipId);
    const own = await send('GET', `/v1/providers/${mine.id}/apprenticeships`, undefined, mine.token);
    expect(own.statusCode, own.body).toBe(200);
    // The latest-starting first.
    expect(ids(own)).toEqual([first, second]);
    expect(own.json().items).toContainEqual(
      expect.objectContaining({ apprenticeshipId: first, status: 'completed', endedOn: today(), totalHours: 0 }),
    );
    for (const secret of ['李小川', '王大厨', '陈老师']) expect(own.body).not.toContain(secret);
    expect((await send('GET', `/v1/providers/${other.id}/apprenticeships`, undefined, mine.token)).statusCode).toBe(
      403,
    );
    expect((await send('GET', '/v1/apprenticeships', undefined, mine.token)).statusCode).toBe(403);

    const office = async (query: string) => ids(await send('GET', `/v1/apprenticeships?${query}`));
    expect(await office(`providerId=${mine.id}&status=active`)).toEqual([second]);
    expect(await office(`providerId=${other.id}`)).toEqual([theirs]);
    expect(await office(`employerCreditCode=${hotpot.creditCode}&providerId=${mine.id}`)).toEqual([second]);
    const badCode = await send('GET', '/v1/apprenticeships?employerCreditCode=91510100MA6CUXR00X');
    expect(badCode.statusCode).toBe(400);
    expect(badCode.json().errors?.map((e: { field: string }) => e.field)).toEqual(['querystring.employerCreditCode']);
  });
});
