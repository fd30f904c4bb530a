import type { EventEnvelope } from '@tianfu/contracts';
import { testEnvelope } from './test-envelope.ts';

export interface TestBody {
  readonly bodyId: string;
  readonly filingNo: string;
  readonly name: string;
  readonly category?: 'employer' | 'social-organisation' | 'technical-college';
  readonly regionCode?: string;
}

/**
 * An evaluation body's registration as the assessment topic carries it (schema version 2), for the
 * services that learn of bodies from that topic.
 */
export function bodyRegisteredEnvelope(body: TestBody): EventEnvelope {
  const { category = 'employer', regionCode = '510700', ...named } = body;
  const at = new Date().toISOString();
  return testEnvelope({
    type: 'assessment.BodyRegistered',
    schemaVersion: 2,
    streamId: `body-${body.bodyId}`,
    revision: 1,
    at,
    data: {
      ...named,
      kind: category === 'social-organisation' ? 'S' : 'Y',
      category,
      creditCode: '914403001922038216',
      regionCode,
      registeredAt: at,
    },
  });
}
