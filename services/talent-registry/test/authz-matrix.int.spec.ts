import { bodyFactsPolicy } from '@tianfu/platform-bodies';
import { personalDataConfigSchema, signToken } from '@tianfu/service-kit';
import { authzMatrixSuite, bodyRegisteredEnvelope, HOME, residentIdNumber } from '@tianfu/testing';
import { buildApp } from '../src/app.ts';
import { talentStorage } from '../src/storage.ts';

const secret = 'talent-authz-secret-of-at-least-32-characters';
const appointmentId = 'authz-appointment';
const enterprise = { bodyId: HOME.employerBodyId, filingNo: 'Y000051001064', bodyName: '四川某重工有限公司' };
const appointment = (id: string, n: number) => ({
  appointmentId: id,
  document: { idType: 'resident-id-card', idNumber: residentIdNumber(n, '510104') },
  name: '赵焊工',
  post: 'principal-technician',
  employer: enterprise,
  occupationCode: '6-18-02-04',
  termStart: '2025-01-01',
  termEnd: '2027-12-31',
  evidence: { heldLevels: [{ occupationCode: '6-18-02-04', level: 'level1' }], heldPosts: [] },
});

authzMatrixSuite('talent-registry', async (db) => {
  const clock = () => new Date();
  const storage = await talentStorage(db, db, personalDataConfigSchema.parse({}), clock);
  const { app } = await buildApp({ ...storage, authSecret: secret, clock, version: 'test', logLevel: 'silent' });
  const delivery = { topic: 'assessment', partition: 0, offset: '0', key: null };
  const { bodyId, filingNo, bodyName } = enterprise;
  await bodyFactsPolicy(storage.bodies)(bodyRegisteredEnvelope({ bodyId, filingNo, name: bodyName }), delivery);
  const token = await signToken({ secret, principal: { sub: 'hr-home', role: 'employer', bodyId } });
  const made = await app.inject({
    method: 'POST',
    url: '/v1/appointments',
    payload: appointment(appointmentId, 1),
    headers: { authorization: `Bearer ${token}` },
  });
  if (made.statusCode !== 201) throw new Error(`the home appointment was refused: ${made.body}`);
  return {
    app,
    secret,
    now: new Date(),
    params: { appointmentId },
    scoped: {
      'POST /v1/appointments': { body: appointment('authz-appointment-2', 2) },
      'POST /v1/appointments/:appointmentId/renew': { body: { termEnd: '2030-12-31' } },
      'POST /v1/appointments/:appointmentId/end': { body: { endedOn: '2026-06-30', reason: '调岗' } },
    },
  };
});
