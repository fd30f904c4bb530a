import type { HonourCode, Medal, SealedName, SkillLevelKey } from '@tianfu/contracts';
import type { TrainingFact } from './training-facts.ts';

/**
 * What the career projection keeps of the five topics (docs/architecture.md "Career projection"):
 * each fact is its own document with `factId` = the eventId, dated when it happened in the world,
 * so a worker's ladder is derived from the facts whatever order they arrived in.
 */
export type CareerFact =
  | CertificateFact
  | CertificateRevokedFact
  | HonourFact
  | HonourRevokedFact
  | AppointmentFact
  | AppointmentChangedFact
  | MedalFact
  | TrainingFact
  | ApprenticeshipFact;

/** Where a step came from: exam, competition, direct recognition, appointment, legacy, apprenticeship. */
export type StepBasis = 'exam' | 'competition' | 'direct-recognition' | 'appointment' | 'legacy' | 'apprenticeship';

interface FactBase {
  readonly factId: string;
  readonly workerId: string;
  /** YYYY-MM-DD in China Standard Time: the day it took effect. */
  readonly date: string;
}

export interface CertificateFact extends FactBase {
  readonly kind: 'certificate';
  readonly certificateId: string;
  readonly certificateNo: string;
  readonly occupationCode: string;
  readonly level: SkillLevelKey;
  readonly basis: StepBasis;
  /** The source, e.g. `session s-1 candidate 00001`. */
  readonly reference: string;
  /** The issuing body: its 市(州) is the worker's region (joined when read, so arrival order cannot matter). */
  readonly bodyId: string;
  /** The holder's name sealed under the worker's key; unreadable once that key is erased. */
  readonly holderName: SealedName | null;
}

export interface CertificateRevokedFact extends FactBase {
  readonly kind: 'certificate-revoked';
  readonly certificateId: string;
  readonly reason: string;
}

export interface HonourFact extends FactBase {
  readonly kind: 'honour';
  readonly grantId: string;
  readonly honour: HonourCode;
  readonly round: string;
}

export interface HonourRevokedFact extends FactBase {
  readonly kind: 'honour-revoked';
  readonly grantId: string;
}

export interface AppointmentFact extends FactBase {
  readonly kind: 'appointment';
  readonly appointmentId: string;
  readonly post: 'principal-technician' | 'chief-technician';
  readonly occupationCode: string;
  readonly employerName: string;
  /** The term: from `date` to `termEnd` (null: open-ended). */
  readonly termEnd: string | null;
}

/** A renewal (new term end) or the end of an appointment, from `date`. */
export interface AppointmentChangedFact extends FactBase {
  readonly kind: 'appointment-renewed' | 'appointment-ended';
  readonly appointmentId: string;
  readonly termEnd: string | null;
}

/**
 * A competition result as published, or as corrected later (the latest `at` wins for one entrant
 * of one contest event). `medal` is null when the result has none, or a correction took it away.
 */
export interface MedalFact extends FactBase {
  readonly kind: 'medal';
  readonly competitionId: string;
  readonly contestEventId: string;
  readonly entrantId: string;
  readonly medal: Medal | null;
  readonly rank: number | null;
  /** When it was published or corrected: orders the versions of one result. */
  readonly at: string;
}

/**
 * A completed 企业新型学徒制 apprenticeship: the 学徒工 step (docs/domain.md §1, ordinal 0) in its
 * occupation, dated the day it completed; the apprentice's name sealed under their key.
 */
export interface ApprenticeshipFact extends FactBase {
  readonly kind: 'apprenticeship';
  readonly apprenticeshipId: string;
  readonly occupationCode: string;
  readonly employerName: string;
  readonly holderName: SealedName | null;
}
