import { nameBasedId } from '@tianfu/contracts';

// The namespace of claim ids: a fixed UUID, so the same claim is named alike on every platform.
const CLAIM_NAMESPACE = '6f1f5c1e-4a8e-5b1d-9a57-3c2d8e0b7a41';

/**
 * A claim's id, from who claims which kind for which certificate on which day: the same claim sent
 * again (a retry, a second click) is the claim already judged, while the same certificate claimed
 * on a later day — next year, under a yearly cap — is a new claim.
 */
export const claimIdOf = (claim: {
  readonly workerId: string;
  readonly kind: string;
  readonly certificateNo: string | null;
  readonly claimedOn: string;
}): string =>
  `clm-${nameBasedId([claim.workerId, claim.kind, claim.certificateNo ?? '', claim.claimedOn].join('|'), CLAIM_NAMESPACE).replaceAll('-', '')}`;
