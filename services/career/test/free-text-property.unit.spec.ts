import { fileURLToPath } from 'node:url';
import { IdDocumentSchema } from '@tianfu/contracts';
import { freeTextSuite, residentIdNumber } from '@tianfu/testing';
import { ErasureBodySchema } from '../src/http/erasure-routes.ts';

// Career publishes no events: its free text must only satisfy the route, and what it keeps.
freeTextSuite({
  httpDir: fileURLToPath(new URL('../src/http', import.meta.url)),
  routes: {
    'POST /v1/admin/rebuild': { body: null },
    'POST /v1/workers/lookup': {
      body: IdDocumentSchema,
      sample: { idType: 'resident-id-card', idNumber: residentIdNumber(1) },
    },
    'POST /v1/workers/:workerId/erasure': {
      body: ErasureBodySchema,
      sample: { reason: '本人申请删除' },
      text: { reason: [{ only: 'kept in the erasure log' }] },
    },
  },
  events: [],
  identifiers: [],
});
