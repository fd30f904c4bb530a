import { randomUUID } from 'node:crypto';
import { personalDataConfigSchema } from '@tianfu/service-kit';
import { authzMatrixSuite, HOME, residentIdNumber, testKafka } from '@tianfu/testing';
import { buildApp } from '../src/app.ts';
import { careerPolicy } from '../src/application/career-policy.ts';
import { careerRebuild } from '../src/application/rebuild/career-rebuild.ts';
import { careerStorage } from '../src/storage.ts';
import { bodyRegistered, eventEnvelope } from './career-samples.ts';
import { testAppDeps } from './test-app-deps.ts';

const secret = 'career-authz-secret-of-at-least-32-characters';
const document = { idType: 'resident-id-card' as const, idNumber: residentIdNumber(1, '510104') };

const issued = (workerId: string, serial: number) =>
  eventEnvelope('certification.CertificateIssued', workerId, {
    certificateId: randomUUID(),
    certificateNo: `Y00005100106424${String(serial).padStart(7, '3')}`,
    workerId,
    bodyId: 'authz-chengdu-body',
    filingNo: 'Y000051001064',
    bodyName: '某评价机构',
    occupationCode: '6-31-01-03',
    workType: '--',
    level: 'level3',
    issuedOn: '2024-06-01',
    printSerial: `p-${serial}`,
    holderName: null,
    statusEntry: { listId: 'l1', index: serial },
    basis: { path: 'exam', sourceEventId: null, reference: `session ${serial}` },
    issuedAt: '2024-06-01T02:00:00.000Z',
  });

// Two workers placed in the home region (成都市) by their certificate's body: the home worker, and the
// one the ID number the lookup sends identifies.
authzMatrixSuite('career', async (db) => {
  const clock = () => new Date();
  const storage = await careerStorage(db, db, personalDataConfigSchema.parse({}), clock);
  // With the rebuild command, so its routes are in the matrix; no request the matrix sends starts one.
  const rebuild = careerRebuild({
    db,
    kafka: testKafka('career-authz'),
    topics: [],
    scatteredTopics: [],
    projection: storage.projection,
    pointer: storage.pointer,
    today: storage.today,
    clock,
  });
  const deps = {
    storage,
    rebuild,
    ...testAppDeps(db, secret, clock),
  } as const;
  const { app } = await buildApp(deps);
  const policy = careerPolicy(storage.readSide(), storage.groupCounts);
  const looked = storage.vault.identify(document).workerId;
  for (const event of [issued(HOME.workerId, 1), issued(looked, 2), bodyRegistered('authz-chengdu-body', HOME.region)])
    await policy(event);
  const region = { query: `region=${HOME.region}` };
  return {
    app,
    secret,
    now: new Date(),
    params: { workerId: HOME.workerId },
    scoped: {
      'GET /v1/workers/:workerId/ladder': {},
      'GET /v1/workers/:workerId/record': {},
      'POST /v1/workers/lookup': { body: document },
      'GET /v1/talent-pool': region,
      'GET /v1/talent-pool.csv': region,
      'GET /v1/indicators': { query: `from=2023-01-01&to=2025-12-31&region=${HOME.region}` },
    },
  };
});
