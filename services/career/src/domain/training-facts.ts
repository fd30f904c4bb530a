import type { SealedName, SealedTargetGroups, TerminationReasonCode } from '@tianfu/contracts';
import type { CertifiedLevel } from '@tianfu/skill-rules';

/**
 * What career keeps of a worker's training (docs/domain.md §7.2, §7.5), for the lifelong training
 * record (终身职业技能培训电子档案): the enrolment and the outcome, each its own fact keyed by its
 * eventId like every other. What the class and its provider are is joined when read (reference-facts.ts).
 */
export interface TrainingEnrolmentFact {
  readonly kind: 'training-enrolment';
  readonly factId: string;
  readonly workerId: string;
  /** The day enrolled, China time. */
  readonly date: string;
  readonly classId: string;
  readonly providerId: string;
  readonly enrolmentId: string;
  /**
   * The target groups as of enrolment, still sealed under the worker's key: read once, when the
   * class completes, to count its 农民工 (training-group-counts.ts); unreadable after erasure.
   */
  readonly targetGroups: SealedTargetGroups;
  /** The name the trainee enrolled under, sealed like a certificate's: a worker known only by training is named too. */
  readonly holderName: SealedName;
}

/** A trainee's outcome when the class ended (结业): completed, with the 培训合格证书 number, or not. */
export interface TrainingOutcomeFact {
  readonly kind: 'training-outcome';
  readonly factId: string;
  readonly workerId: string;
  /** The day the class was completed. */
  readonly date: string;
  readonly classId: string;
  readonly enrolmentId: string;
  readonly completed: boolean;
  readonly attendedHours: number;
  readonly classHours: number;
  readonly certificateNo: string | null;
}

/**
 * A 企业新型学徒制 agreement (docs/domain.md §7.6), dated its first day: who trains the worker, in
 * what, until when. No names: the apprentice's, mentor's and teacher's stay sealed with training.
 */
export interface ApprenticeshipAgreedFact {
  readonly kind: 'apprenticeship-agreed';
  readonly factId: string;
  readonly workerId: string;
  readonly date: string;
  readonly apprenticeshipId: string;
  readonly employerName: string;
  readonly employerRegionCode: string;
  readonly providerId: string;
  readonly occupationCode: string;
  readonly targetLevel: CertifiedLevel;
  readonly plannedEndOn: string;
}

/** A dated step of an apprenticeship's progress: the hours trained (its stage text stays with training). */
export interface ApprenticeshipProgressFact {
  readonly kind: 'apprenticeship-progress';
  readonly factId: string;
  readonly workerId: string;
  readonly date: string;
  readonly apprenticeshipId: string;
  readonly progressId: string;
  readonly hours: number;
}

/** The agreement ended before completion (解除), dated, with the kind of reason (its text stays with training). */
export interface ApprenticeshipTerminatedFact {
  readonly kind: 'apprenticeship-terminated';
  readonly factId: string;
  readonly workerId: string;
  readonly date: string;
  readonly apprenticeshipId: string;
  readonly reasonCode: TerminationReasonCode;
}

export type TrainingFact =
  | TrainingEnrolmentFact
  | TrainingOutcomeFact
  | ApprenticeshipAgreedFact
  | ApprenticeshipProgressFact
  | ApprenticeshipTerminatedFact;
