import type { App, Principal } from '@tianfu/service-kit';
import type { CertifiedLevel } from '@tianfu/skill-rules';
import { residentIdNumber, uniqueName } from '@tianfu/testing';
import { bearer, validBody } from './fixtures.ts';

export const electrician = '6-31-01-03';
type Bearer = (principal: Principal) => Promise<Record<string, string>>;

export const admin = (sign: Bearer = bearer) => sign({ sub: 'authority-1', role: 'admin' });
export const bodyToken = (bodyId: string, sign: Bearer = bearer) =>
  sign({ sub: `${bodyId}-clerk`, role: 'assessment-body', bodyId } as Principal);

/** Every suite its own address code, so its workers are its own. */
export const suiteAddress = () => String(510_000 + Math.floor(Math.random() * 9_000) * 10).slice(0, 6);

/** One request to the service: in-process (app.inject) in tests, over the network in the benchmark. */
export type Send = (
  method: 'POST' | 'PUT',
  url: string,
  payload: object,
  headers: Record<string, string>,
) => Promise<unknown>;

export const injectSend =
  (app: App): Send =>
  async (method, url, payload, headers) => {
    const response = await app.inject({ method, url, payload, headers });
    if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
    return response.json();
  };

/** What the body files: an occupation of the catalogue, a standard version of it and the levels. */
export interface TestFiling {
  readonly occupationCode: string;
  readonly standardVersion: string;
  readonly levels: readonly CertifiedLevel[];
}

/** 电工 (2018 standard) at 三级–一级. */
export const electricianFiling: TestFiling = {
  occupationCode: electrician,
  standardVersion: '2018',
  levels: ['level3', 'level2', 'level1'],
};

/**
 * Over HTTP, as the users would: the authority registers a body, files an occupation (电工 unless
 * told), certifies a senior examiner for it and an external supervisor; the body schedules a session.
 */
export async function setUpSession(
  app: App | Send,
  address: string,
  level: CertifiedLevel = 'level3',
  sign: Bearer = bearer,
  { occupationCode, standardVersion, levels }: TestFiling = electricianFiling,
) {
  const call = typeof app === 'function' ? app : injectSend(app);
  const bodyId = uniqueName('body');
  const authority = await admin(sign);
  await call('POST', '/v1/bodies', { bodyId, ...validBody }, authority);
  await call('PUT', `/v1/bodies/${bodyId}/occupations/${occupationCode}`, { standardVersion, levels }, authority);
  const examinerId = uniqueName('ex');
  const examinerIdNumber = residentIdNumber(99_001, address);
  await call(
    'POST',
    '/v1/examiners',
    {
      examinerId,
      document: { idType: 'resident-id-card', idNumber: examinerIdNumber },
      name: '王考评',
      grade: 'senior-examiner',
      qualifications: [{ occupationCode, levels }],
    },
    authority,
  );
  const supervisorId = uniqueName('sv');
  await call(
    'POST',
    '/v1/supervisors',
    {
      supervisorId,
      document: { idType: 'resident-id-card', idNumber: residentIdNumber(99_002, address) },
      name: '李督导',
      kind: 'external',
      cardNo: 'R51250001',
    },
    authority,
  );
  const sessionId = uniqueName('session');
  const token = await bodyToken(bodyId, sign);
  const plan = {
    sessionId,
    bodyId,
    occupationCode,
    level,
    date: '2025-06-20',
    venue: '成都市武侯区某实训基地',
    examinerIds: [examinerId],
    supervisorId,
  };
  await call('POST', '/v1/sessions', plan, token);
  return { bodyId, sessionId, token, authority, examinerId, supervisorId, examinerIdNumber };
}

/** 四级 since 2019 and six years: eligible for 三级 under template A (docs/domain.md §2.3). */
export const eligible = {
  yearsInOccupation: 6,
  heldLevels: [{ level: 'level4', occupationCode: electrician, obtainedOn: '2019-05-01' }],
};

export const enrolment = (idNumber: string, name = '张三') => ({
  document: { idType: 'resident-id-card', idNumber },
  name,
  background: eligible,
});
