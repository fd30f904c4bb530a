import { authzMatrixSuite, HOME, residentIdNumber } from '@tianfu/testing';
import { SECRET, subsidyApp } from './http-fixtures.ts';

const csv = (text: string) => ({ body: text, contentType: 'text/csv' });

authzMatrixSuite('subsidy', async (db) => {
  const { app } = await subsidyApp(db);
  return {
    app,
    secret: SECRET,
    now: new Date(),
    params: {
      certificateNo: 'S000051000164193000001',
      workerId: HOME.workerId,
      claimId: `clm-${'0'.repeat(32)}`,
      batchId: '510100-2024-06-01',
      region: '510100',
      providerId: HOME.providerId,
      creditCode: HOME.employerCode,
    },
    scoped: {
      'GET /v1/workers/:workerId/certificates': {},
      'GET /v1/workers/:workerId/insurance': {},
      'GET /v1/workers/:workerId/claims': {},
      'GET /v1/workers/:workerId/entitlements': { query: 'region=510100' },
      'GET /v1/workers/:workerId/claims/:claimId': {},
      'GET /v1/providers/:providerId/claims': {},
      'GET /v1/employers/:creditCode/claims': {},
      'POST /v1/insurance': {
        body: {
          rows: [
            { document: { idType: 'resident-id-card', idNumber: residentIdNumber(1) }, insuredSince: '2020-01-01' },
          ],
        },
      },
      'POST /v1/insurance.csv': csv(`证件号码,参保日期\n${residentIdNumber(1)},2020-01-01\n`),
    },
  };
});
