import type { BodyRegisteredData } from '@tianfu/contracts';

// The evaluation bodies the platform knows, one fact per assessment event: `_id` = the eventId, so
// a fact recorded twice is a duplicate key and nothing else (docs/architecture.md "One rule for every write").

/** assessment.BodyRegistered: who the body is, as the authority registered (备案) it. */
export interface BodyRegisteredFact {
  readonly _id: string;
  readonly kind: 'registered';
  readonly bodyId: string;
  readonly filingNo: string;
  readonly name: string;
  readonly category: BodyRegisteredData['category'];
  readonly regionCode: string;
  readonly at: string;
}

/** assessment.BodySuspended / BodyReinstated: while suspended, nothing is issued in the body's name. */
export interface BodyStatusFact {
  readonly _id: string;
  readonly kind: 'suspended' | 'reinstated';
  readonly bodyId: string;
  readonly at: string;
}

export type BodyFact = BodyRegisteredFact | BodyStatusFact;
