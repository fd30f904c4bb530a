import type { CertificateIssuedData, OccupationCode, SkillLevelKey } from '@tianfu/contracts';
import type { CertifiedLevel } from './candidate-background.ts';

// What the platform knows of a worker's levels, one fact per event: `_id` = the eventId, so a
// fact recorded twice is a duplicate key and nothing else (ARCHITECTURE.md "One rule for every write").

/** An outcome decided here: assessment.CandidatePassed or CandidateFailed. */
export interface OutcomeFact {
  readonly _id: string;
  readonly workerId: string;
  /** `sessionId/candidateId`: a later outcome of the same assessment supersedes an earlier one. */
  readonly assessment: string;
  readonly passed: boolean;
  readonly level: CertifiedLevel;
  readonly occupationCode: OccupationCode;
  readonly sessionDate: string;
  readonly decidedAt: string;
}

/** certification.CertificateIssued, by any issuance path. */
export interface CertificateIssuedFact {
  readonly _id: string;
  readonly kind: 'issued';
  readonly workerId: string;
  readonly certificateId: string;
  readonly certificateNo: string;
  readonly occupationCode: OccupationCode;
  /** Any step of the ladder; only the five certified levels count for §2.3. */
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

export type CertificateFact = CertificateIssuedFact | CertificateRevokedFact;
