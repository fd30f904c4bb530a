import { authzMatrixSuite, HOME, residentIdNumber } from '@tianfu/testing';
import { NOW, SECRET, testApp, validBody } from './fixtures.ts';
import { admin, bodyToken, electrician, enrolment, injectSend } from './session-setup.ts';

const address = '510104';
const sessionId = 'authz-session';
const supervisorId = 'authz-internal-sv';
const examinerId = 'authz-examiner';
const person = (n: number, name: string) => ({
  document: { idType: 'resident-id-card', idNumber: residentIdNumber(n, address) },
  name,
});

authzMatrixSuite('assessment', async (db) => {
  const { app } = await testApp(db);
  const send = injectSend(app);
  const authority = await admin();
  const body = await bodyToken(HOME.bodyId);
  await send('POST', '/v1/bodies', { bodyId: HOME.bodyId, ...validBody }, authority);
  const filing = { standardVersion: '2018', levels: ['level3', 'level2', 'level1'] };
  await send('PUT', `/v1/bodies/${HOME.bodyId}/occupations/${electrician}`, filing, authority);
  const qualifications = [{ occupationCode: electrician, levels: filing.levels }];
  const examiner = { examinerId, ...person(1, '王考评'), grade: 'senior-examiner', qualifications };
  await send('POST', '/v1/examiners', examiner, authority);
  const supervisor = { supervisorId, ...person(2, '李督导'), kind: 'internal', bodyId: HOME.bodyId };
  await send('POST', '/v1/supervisors', supervisor, body);
  const plan = { sessionId, bodyId: HOME.bodyId, occupationCode: electrician, level: 'level3', date: '2025-06-20' };
  const staffed = { ...plan, venue: '成都市武侯区某实训基地', examinerIds: [examinerId], supervisorId };
  await send('POST', '/v1/sessions', staffed, body);
  const enrolled = (await send(
    'POST',
    `/v1/sessions/${sessionId}/candidates`,
    enrolment(residentIdNumber(3, address)),
    body,
  )) as {
    candidateId: string;
  };
  const csv = 'text/csv';
  return {
    app,
    secret: SECRET,
    now: NOW,
    params: {
      bodyId: HOME.bodyId,
      occupationCode: electrician,
      sessionId,
      candidateId: enrolled.candidateId,
      examinerId,
      supervisorId,
    },
    scoped: {
      'POST /v1/sessions': { body: { ...staffed, sessionId: 'authz-session-2' } },
      'GET /v1/sessions': { query: `bodyId=${HOME.bodyId}` },
      'GET /v1/sessions/:sessionId': {},
      'PATCH /v1/sessions/:sessionId': { body: { venue: '成都市青羊区某实训基地', reason: '场地调整' } },
      'POST /v1/sessions/:sessionId/close': {},
      'POST /v1/sessions/:sessionId/candidates': { body: enrolment(residentIdNumber(4, address)) },
      'GET /v1/sessions/:sessionId/candidates': {},
      'GET /v1/sessions/:sessionId/candidates/:candidateId': {},
      'PUT /v1/sessions/:sessionId/candidates/:candidateId/scores': { body: { theory: 80 } },
      'POST /v1/sessions/:sessionId/scores.csv': {
        body: `candidateId,part,score\r\n${enrolled.candidateId},theory,80`,
        contentType: csv,
      },
      'POST /v1/sessions/:sessionId/candidates.csv': {
        body: `证件类型,证件号码,姓名,累计年限,已有等级,等级取得日期\r\n居民身份证,${residentIdNumber(5, address)},工人,6,四级,2019-05-01`,
        contentType: csv,
      },
      // No class of that id: a caller let in is answered 422 CLASS_NOT_FOUND, after the session's access check.
      'POST /v1/sessions/:sessionId/enrolments/from-class': { body: { classId: 'authz-class' } },
      'POST /v1/supervisors': { body: { ...supervisor, ...person(6, '赵督导'), supervisorId: 'authz-internal-sv-2' } },
      'GET /v1/supervisors/:supervisorId': {},
      'GET /v1/examiners/:examinerId': {},
      'GET /v1/bodies/:bodyId': {},
    },
  };
});
