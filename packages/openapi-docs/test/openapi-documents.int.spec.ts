import { testBrokers, useTestDatabase } from '@tianfu/testing';
import { describe, expect, it } from 'vitest';
import { committedDocument, documentedServices, servedDocument, staleness } from '../src/index.ts';

// The committed documents are the contract a generated client is built from: each must be what its service serves.
for (const service of documentedServices) {
  describe(`docs/openapi/${service}.json`, () => {
    const db = useTestDatabase(`openapi-${service}`);

    it('is the document the service serves', async () => {
      const served = await servedDocument(service, { db: db(), brokers: testBrokers() });
      expect(staleness(service, served, await committedDocument(service))).toBeNull();
    });
  });
}
