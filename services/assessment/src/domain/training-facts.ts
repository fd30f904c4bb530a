import type {
  ApprenticeshipCompletedData,
  ClassCompletedData,
  ClassFiledData,
  OccupationCode,
  SealedName,
  TraineeCompletedData,
  TraineeEnrolledData,
} from '@tianfu/contracts';
import type { CertifiedLevel } from '@tianfu/skill-rules';

/**
 * What assessment keeps of the training topic (docs/domain.md §7), one insert-only fact per event,
 * keyed by what it is about so a redelivery is a duplicate key: a class as filed, its end with the
 * count of completers, each trainee's enrolment (the name sealed under the worker's key) and
 * completion, and each apprenticeship completed. Classes and trainees may arrive in any order
 * (they are keyed apart on the topic), so they are joined when read, never when written.
 */
export type TrainingFact =
  | {
      readonly _id: string;
      readonly kind: 'class';
      readonly classId: string;
      readonly providerId: string;
      readonly item: ClassFiledData['item'];
      readonly targetLevel: CertifiedLevel | null;
      readonly trainingKind: ClassFiledData['kind'];
    }
  | { readonly _id: string; readonly kind: 'class-completed'; readonly classId: string; readonly completers: number }
  | {
      readonly _id: string;
      readonly kind: 'enrolment';
      readonly classId: string;
      readonly enrolmentId: string;
      readonly workerId: string;
      readonly holderName: SealedName;
    }
  | {
      readonly _id: string;
      readonly kind: 'completion';
      readonly classId: string;
      readonly providerId: string;
      readonly enrolmentId: string;
      readonly workerId: string;
      readonly hours: number;
      readonly completedOn: string;
      readonly certificateNo: string;
    }
  | {
      readonly _id: string;
      readonly kind: 'apprenticeship';
      readonly apprenticeshipId: string;
      readonly workerId: string;
      readonly providerId: string;
      readonly occupationCode: OccupationCode;
      readonly targetLevel: CertifiedLevel;
      readonly hours: number;
      readonly completedOn: string;
    };

export type ClassFact = Extract<TrainingFact, { kind: 'class' }>;
export type CompletionFact = Extract<TrainingFact, { kind: 'completion' }>;

export const classFact = (d: ClassFiledData): TrainingFact => ({
  _id: `class:${d.classId}`,
  kind: 'class',
  classId: d.classId,
  providerId: d.providerId,
  item: d.item,
  targetLevel: d.targetLevel,
  trainingKind: d.kind,
});

export const classCompletedFact = (d: ClassCompletedData): TrainingFact => ({
  _id: `class-completed:${d.classId}`,
  kind: 'class-completed',
  classId: d.classId,
  completers: d.completers,
});

export const enrolmentFact = (d: TraineeEnrolledData): TrainingFact => ({
  _id: `enrolment:${d.classId}:${d.enrolmentId}`,
  kind: 'enrolment',
  classId: d.classId,
  enrolmentId: d.enrolmentId,
  workerId: d.workerId,
  holderName: d.holderName,
});

/** The hours a completer is credited with are the ones attended, which completion counted (§7.5). */
export const completionFact = (d: TraineeCompletedData): TrainingFact => ({
  _id: `completion:${d.classId}:${d.enrolmentId}`,
  kind: 'completion',
  classId: d.classId,
  providerId: d.providerId,
  enrolmentId: d.enrolmentId,
  workerId: d.workerId,
  hours: d.attendedHours,
  completedOn: d.completedOn,
  certificateNo: d.certificateNo,
});

export const apprenticeshipFact = (d: ApprenticeshipCompletedData): TrainingFact => ({
  _id: `apprenticeship:${d.apprenticeshipId}`,
  kind: 'apprenticeship',
  apprenticeshipId: d.apprenticeshipId,
  workerId: d.workerId,
  providerId: d.providerId,
  occupationCode: d.occupationCode,
  targetLevel: d.targetLevel,
  hours: d.totalHours,
  completedOn: d.completedOn,
});
