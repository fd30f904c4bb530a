import type { OccupationCode } from '@tianfu/contracts';
import type { CertifiedLevel } from '@tianfu/skill-rules';

// What the platform knows of a worker's levels, one fact per event: `_id` = the eventId, so a
// fact recorded twice is a duplicate key and nothing else (docs/architecture.md "One rule for every write").
// The certificate facts are shared with the talent registry (@tianfu/platform-certificates).

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
