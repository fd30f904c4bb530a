import { authzMatrixSuite, HOME, residentIdNumber } from '@tianfu/testing';
import { apprenticeshipBody } from './apprenticeship-fixtures.ts';
import { classBody, office, providerBody, SECRET, trainingApp } from './http-fixtures.ts';

const classId = 'authz-class';
const document = { idType: 'resident-id-card', idNumber: '513101198201130014' };
const csv = (text: string) => ({ body: text, contentType: 'text/csv' });
const apprenticeshipId = 'authz-apprenticeship';
const pastSittings = [
  { sittingId: 's1', date: '2025-01-03', start: '09:00', end: '17:00', theoryHours: 3, practicalHours: 4 },
];

authzMatrixSuite('training', async (db) => {
  const { app } = await trainingApp(db);
  const headers = await office();
  const registered = await app.inject({
    method: 'POST',
    url: '/v1/providers',
    payload: providerBody(HOME.providerId),
    headers,
  });
  if (registered.statusCode !== 201) throw new Error(`the home provider was refused: ${registered.body}`);
  const filed = await app.inject({
    method: 'POST',
    url: `/v1/providers/${HOME.providerId}/classes`,
    payload: classBody(classId),
    headers,
  });
  if (filed.statusCode !== 201) throw new Error(`the home class was refused: ${filed.body}`);
  const payload = apprenticeshipBody(apprenticeshipId, HOME.providerId);
  const agreed = await app.inject({ method: 'POST', url: '/v1/apprenticeships', payload, headers });
  if (agreed.statusCode !== 201) throw new Error(`the home apprenticeship was refused: ${agreed.body}`);
  return {
    app,
    secret: SECRET,
    now: new Date(),
    params: { providerId: HOME.providerId, classId, apprenticeshipId },
    scoped: {
      'GET /v1/providers/:providerId': {},
      'GET /v1/providers/:providerId/classes': {},
      'GET /v1/providers/:providerId/apprenticeships': {},
      'GET /v1/classes/:classId': {},
      'POST /v1/providers/:providerId/classes': { body: classBody('authz-class-2') },
      'POST /v1/providers/:providerId/past-classes': {
        body: { ...classBody('authz-class-3', { sittings: pastSittings }), reason: '纸质台账补录' },
      },
      'POST /v1/classes/:classId/past-roster.csv': csv(
        '证件号码,姓名,人员类别,报名日期,出勤课次\n513101198201130014,张三,农民工,2025-01-02,s1\n',
      ),
      'POST /v1/classes/:classId/enrolments': { body: { document, name: '张三', targetGroups: ['rural-migrant'] } },
      'GET /v1/classes/:classId/enrolments': {},
      'POST /v1/classes/:classId/enrolments.csv': csv('证件号码,姓名,人员类别\n513101198201130014,张三,农民工\n'),
      'POST /v1/classes/:classId/sign-ins': { body: { document, sittingId: 's1', signedAt: new Date().toISOString() } },
      'POST /v1/classes/:classId/sign-ins.csv': csv('证件号码,课次,签到时间\n513101198201130014,s1,2025-03-03 09:05\n'),
      'POST /v1/classes/:classId/attendance/corrections': {
        body: { document, sittingId: 's1', hours: 1, reason: '迟到' },
      },
      'POST /v1/classes/:classId/attendance/voids': { body: { document, sittingId: 's1', reason: '代签' } },
      'POST /v1/classes/:classId/completion': {},
      // Another apprentice: the home apprenticeship's is in one already (one active at a time).
      'POST /v1/apprenticeships': {
        body: apprenticeshipBody('authz-apprenticeship-2', HOME.providerId, {
          document: { idType: 'resident-id-card', idNumber: residentIdNumber(8) },
        }),
      },
      'GET /v1/apprenticeships/:apprenticeshipId': {},
      'POST /v1/apprenticeships/:apprenticeshipId/progress': {
        body: { progressId: 'p1', on: '2025-01-02', stage: '入职培训', hours: 8 },
      },
      'POST /v1/apprenticeships/:apprenticeshipId/complete': { body: { completedOn: '2025-01-02', reason: '提前' } },
      'POST /v1/apprenticeships/:apprenticeshipId/terminate': { body: { terminatedOn: '2025-01-02', reason: '解除' } },
    },
  };
});
