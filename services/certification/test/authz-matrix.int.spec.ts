import { authzMatrixSuite } from '@tianfu/testing';
import { certificationApp, SECRET } from './http-fixtures.ts';

authzMatrixSuite('certification', async (db) => {
  const { app, issueTo, statusListId } = await certificationApp(db);
  const certificateNo = await issueTo('王五');
  return {
    app,
    secret: SECRET,
    now: new Date(),
    params: { certificateNo, listId: statusListId, purpose: 'revocation' },
    scoped: {
      'GET /v1/certificates/:certificateNo': {},
      'GET /v1/certificates/:certificateNo/qr': {},
      'GET /v1/certificates/:certificateNo/print': {},
    },
  };
});
