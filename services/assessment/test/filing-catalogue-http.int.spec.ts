import type { App } from '@tianfu/service-kit';
import {
  groupAdded,
  occupationAdded,
  residentIdNumber,
  standardAdded,
  type TestCatalogueTopic,
  uniqueName,
  useTestDatabase,
  waitUntil,
} from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, testApp, validBody } from './fixtures.ts';
import { setUpSession, suiteAddress } from './session-setup.ts';

const db = useTestDatabase('assessment-filing-catalogue');
let app: App;
let catalogue: TestCatalogueTopic;

beforeAll(async () => {
  ({ app, catalogue } = await testApp(db()));
  await app.ready();
}, 60_000);

afterAll(async () => {
  await app?.close();
});

const admin = () => bearer({ sub: 'authority-1', role: 'admin' });
const reason = '四川省新增评价职业';

async function registeredBody(): Promise<string> {
  const bodyId = uniqueName('body');
  const response = await app.inject({
    method: 'POST',
    url: '/v1/bodies',
    payload: { bodyId, ...validBody },
    headers: await admin(),
  });
  expect(response.statusCode).toBe(201);
  return bodyId;
}

const file = async (bodyId: string, code: string, standardVersion: string, levels = ['level4', 'level3']) =>
  app.inject({
    method: 'PUT',
    url: `/v1/bodies/${bodyId}/occupations/${code}`,
    payload: { standardVersion, levels },
    headers: await admin(),
  });

describe('PUT /v1/bodies/{bodyId}/occupations/{code} judged by the catalogue held from its topic (real Kafka)', () => {
  it('answers 422 problem+json STANDARD_NOT_FOUND naming the field when the catalogue has no such occupation or version', async () => {
    const bodyId = await registeredBody();
    const unknown = await file(bodyId, '6-20-01-01', '2019');
    expect(unknown.statusCode).toBe(422);
    expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(unknown.json()).toMatchObject({
      code: 'STANDARD_NOT_FOUND',
      errors: [{ field: 'occupationCode', rule: 'not_in_catalogue' }],
    });
    const noVersion = await file(bodyId, '6-02-06-11', '2015');
    expect(noVersion.json()).toMatchObject({
      code: 'STANDARD_NOT_FOUND',
      errors: [{ field: 'standardVersion', rule: 'not_in_catalogue', message: expect.stringContaining('2019') }],
    });
  });

  it('files an occupation the catalogue publishes while the service runs, and assesses it, with no code change', async () => {
    const bodyId = await registeredBody();
    await catalogue.publish(
      groupAdded('6-20', '通用设备制造人员', reason),
      groupAdded('6-20-01', '通用基础件装配制造人员', reason),
      occupationAdded('6-20-01-01', '装配钳工', { reason }),
      standardAdded('6-20-01-01', '2019', '2019-01-01', { title: '国家职业技能标准 装配钳工（2019年版）', reason }),
    );
    await waitUntil(
      () => catalogue.follower.current().occupations.get('6-20-01-01')?.standards.length ?? 0,
      (n) => n === 1,
      { what: 'the service to hold 装配钳工' },
    );
    const filed = await file(bodyId, '6-20-01-01', '2019');
    expect(filed.statusCode).toBe(200);
    expect(filed.json().filings).toEqual([
      expect.objectContaining({ occupationCode: '6-20-01-01', standardVersion: '2019' }),
    ]);

    // A session for it runs: candidates are judged by template A, the catalogue's record of the standard.
    const address = suiteAddress();
    const fitter = { occupationCode: '6-20-01-01', standardVersion: '2019', levels: ['level5', 'level4'] } as const;
    const session = await setUpSession(app, address, 'level4', bearer, fitter);
    const enrol = (n: number, yearsInOccupation: number) =>
      app.inject({
        method: 'POST',
        url: `/v1/sessions/${session.sessionId}/candidates`,
        payload: {
          document: { idType: 'resident-id-card', idNumber: residentIdNumber(n, address) },
          name: '赵钳工',
          background: { yearsInOccupation },
        },
        headers: session.token,
      });
    const short = await enrol(1, 5);
    expect(short.json()).toMatchObject({
      code: 'CANDIDATE_NOT_ELIGIBLE',
      eligibility: { standard: { occupationCode: '6-20-01-01', version: '2019', template: 'A' } },
    });
    const enrolled = await enrol(2, 6);
    expect(enrolled.statusCode, enrolled.body).toBe(201);
    const scored = await app.inject({
      method: 'PUT',
      url: `/v1/sessions/${session.sessionId}/candidates/${enrolled.json().candidateId}/scores`,
      payload: { theory: 82, practical: 75 },
      headers: session.token,
    });
    expect(scored.json()).toMatchObject({ outcome: 'passed' });
  });

  it('answers 422 STANDARD_NOT_IN_FORCE naming the version when the standard was superseded, with its successor', async () => {
    const bodyId = await registeredBody();
    const superseded = await file(bodyId, '6-31-01-03', '2009');
    expect(superseded.statusCode).toBe(422);
    expect(superseded.json()).toMatchObject({
      code: 'STANDARD_NOT_IN_FORCE',
      errors: [{ field: 'standardVersion', rule: 'standard_superseded', message: expect.stringContaining('2018') }],
    });
  });
});
