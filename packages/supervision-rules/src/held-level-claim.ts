import { compareSkillLevels, type SkillLevelKey } from '@tianfu/contracts';
import type { Signal } from './signal.ts';

export interface HeldCertificate {
  readonly certificateNo: string;
  readonly occupationCode: string;
  readonly level: SkillLevelKey;
  readonly issuedOn: string;
  readonly eventId: string;
}

/** A subsidy claim and the certificate it was made for. */
export interface ClaimForCertificate {
  readonly claimId: string;
  readonly workerId: string;
  readonly certificate: HeldCertificate;
  readonly eventId: string;
}

/**
 * A claim for a level the worker already held: another certificate of the same occupation at the same
 * or a higher level, issued before the one claimed for (a reissue or a second sitting paid again).
 */
export function claimForHeldLevel(claim: ClaimForCertificate, held: readonly HeldCertificate[]): Signal[] {
  const { certificate } = claim;
  const earlier = held.filter(
    (h) =>
      h.certificateNo !== certificate.certificateNo &&
      h.occupationCode === certificate.occupationCode &&
      compareSkillLevels(h.level, certificate.level) >= 0 &&
      h.issuedOn < certificate.issuedOn,
  );
  return earlier.map((h) => ({
    rule: 'claim-for-held-level',
    subject: { kind: 'claim', id: claim.claimId },
    explanation: `claim ${claim.claimId} is for ${certificate.occupationCode} ${certificate.level} (certificate ${certificate.certificateNo}, ${certificate.issuedOn}), which the worker held already at ${h.level} by certificate ${h.certificateNo} of ${h.issuedOn}`,
    facts: {
      workerId: claim.workerId,
      occupationCode: certificate.occupationCode,
      claimedLevel: certificate.level,
      claimedCertificate: certificate.certificateNo,
      heldLevel: h.level,
      heldCertificate: h.certificateNo,
      heldSince: h.issuedOn,
    },
    evidence: [claim.eventId, certificate.eventId, h.eventId],
  }));
}
