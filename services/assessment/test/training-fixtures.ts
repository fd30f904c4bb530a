import type { TrainingFact } from '../src/domain/training-facts.ts';
import { holderNameOf, workerOf } from './session-fixtures.ts';

/** A 新型学徒制 class for 电工 (6-31-01-03) aimed at 五级, with completers 1 and 2 and non-completer 3. */
export const classId = 'C-2025-elec-apprentice';
export const apprenticeClass: TrainingFact = {
  _id: `class:${classId}`,
  kind: 'class',
  classId,
  providerId: 'P-0042',
  item: { kind: 'occupation', code: '6-31-01-03' },
  targetLevel: 'level5',
  trainingKind: 'apprenticeship',
};

export const enrolmentOf = (n: number): TrainingFact => ({
  _id: `enrolment:${classId}:${String(n).padStart(5, '0')}`,
  kind: 'enrolment',
  classId,
  enrolmentId: String(n).padStart(5, '0'),
  workerId: workerOf(n),
  holderName: holderNameOf(n),
});

export const completionOf = (n: number): TrainingFact => ({
  _id: `completion:${classId}:${String(n).padStart(5, '0')}`,
  kind: 'completion',
  classId,
  providerId: 'P-0042',
  enrolmentId: String(n).padStart(5, '0'),
  workerId: workerOf(n),
  hours: 480,
  completedOn: '2025-05-30',
  certificateNo: `${classId}-${String(n).padStart(5, '0')}`,
});

export const classEnded = (completers: number): TrainingFact => ({
  _id: `class-completed:${classId}`,
  kind: 'class-completed',
  classId,
  completers,
});

/** The class filed, three enrolled, two completed, and its end counting two. */
export const completedClass: readonly TrainingFact[] = [
  apprenticeClass,
  enrolmentOf(1),
  enrolmentOf(2),
  enrolmentOf(3),
  completionOf(2),
  completionOf(1),
  classEnded(2),
];
