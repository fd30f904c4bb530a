import { nameBasedId } from '@tianfu/contracts';

// The namespace of claim ids: a fixed UUID, so the same claim is named alike on every platform.
const CLAIM_NAMESPACE = '6f1f5c1e-4a8e-5b1d-9a57-3c2d8e0b7a41';

/** What a claim rests on beside its certificate: the class, or the apprenticeship's year and stage. */
interface BasisKey {
  readonly classId: string | null;
  readonly apprenticeshipId: string | null;
  readonly agreementYear: number | null;
  readonly stage: string | null;
}

const keyOf = ({ classId, apprenticeshipId, agreementYear, stage }: BasisKey): string[] => {
  if (apprenticeshipId !== null) return [apprenticeshipId, String(agreementYear), stage ?? ''];
  return classId === null ? [] : [classId];
};

/**
 * A claim's id, from who claims which kind for which certificate (and class, or apprenticeship year
 * and stage) on which day: the same claim sent again (a retry, a second click) is the claim already
 * judged, while the same certificate claimed on a later day — next year, under a yearly cap — is a
 * new claim. A claim on a certificate alone is named as before the other kinds were claimable.
 */
export const claimIdOf = (claim: {
  readonly workerId: string;
  readonly kind: string;
  readonly certificateNo: string | null;
  readonly claimedOn: string;
  readonly basis?: BasisKey;
}): string => {
  const basis = claim.basis === undefined ? [] : keyOf(claim.basis);
  const parts = [claim.workerId, claim.kind, claim.certificateNo ?? '', claim.claimedOn, ...basis];
  return `clm-${nameBasedId(parts.join('|'), CLAIM_NAMESPACE).replaceAll('-', '')}`;
};
