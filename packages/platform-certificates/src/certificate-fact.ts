import type { CertificateIssuedData, OccupationCode, SkillLevelKey } from '@tianfu/contracts';

// The certificates the platform knows, one fact per event: `_id` = the eventId, so a fact recorded
// twice is a duplicate key and nothing else (docs/architecture.md "One rule for every write").

/** certification.CertificateIssued, by any issuance path. */
export interface CertificateIssuedFact {
  readonly _id: string;
  readonly kind: 'issued';
  readonly workerId: string;
  readonly certificateId: string;
  readonly certificateNo: string;
  readonly occupationCode: OccupationCode;
  /** Any step of the ladder; a reader decides which steps it counts. */
  readonly level: SkillLevelKey;
  /** YYYY-MM-DD */
  readonly issuedOn: string;
  readonly path: CertificateIssuedData['basis']['path'];
  /** The event it was issued from: for an exam certificate, the CandidatePassed. */
  readonly sourceEventId: string | null;
}

/** certification.CertificateRevoked: final, the certificate drops out of the ladder. */
export interface CertificateRevokedFact {
  readonly _id: string;
  readonly kind: 'revoked';
  readonly workerId: string;
  readonly certificateId: string;
  readonly at: string;
}

/** certification.CertificateSuspended / Reinstated: while suspended, a certificate does not count. */
export interface CertificateStatusFact {
  readonly _id: string;
  readonly kind: 'suspended' | 'reinstated';
  readonly workerId: string;
  readonly certificateId: string;
  readonly at: string;
}

/** certification.CertificateReissued: printed again under the same number; where it stands is unchanged. */
export interface CertificateReissuedFact {
  readonly _id: string;
  readonly kind: 'reissued';
  readonly workerId: string;
  readonly certificateId: string;
  readonly printSerial: string;
  readonly at: string;
}

export type CertificateFact =
  | CertificateIssuedFact
  | CertificateRevokedFact
  | CertificateStatusFact
  | CertificateReissuedFact;
