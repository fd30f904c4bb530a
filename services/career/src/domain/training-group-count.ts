import type { TrainingTargetGroup } from '@tianfu/contracts';
import type { CareerFact } from './career-facts.ts';
import type { TrainingEnrolmentFact, TrainingOutcomeFact } from './training-facts.ts';

/**
 * The 专栏1 count "of which 农民工" is of completers whose target groups at enrolment held
 * 农村转移就业劳动者 (docs/domain.md §7.2). The groups are sealed personal data: they are read once,
 * when the trainee completes, and only the class's number is kept (`ClassGroupCount`), so erasure
 * leaves the count and the count names no one.
 */
export const COUNTED_AS_MIGRANT_WORKER: TrainingTargetGroup = 'rural-migrant';

export interface ClassGroupCount {
  readonly classId: string;
  readonly completedOn: string;
  /** Completers counted as 农民工. */
  readonly migrantWorkers: number;
}

/** The enrolment a completion is of, among the worker's facts (it reached career first: same worker, same partition). */
export const enrolmentOf = (facts: readonly CareerFact[], outcome: TrainingOutcomeFact): TrainingEnrolmentFact | null =>
  facts.find(
    (f): f is TrainingEnrolmentFact =>
      f.kind === 'training-enrolment' && f.classId === outcome.classId && f.enrolmentId === outcome.enrolmentId,
  ) ?? null;

/** Whether opened groups count as 农民工; null (the key erased before the trainee completed) does not. */
export const countsAsMigrantWorker = (groups: readonly TrainingTargetGroup[] | null): boolean =>
  groups?.includes(COUNTED_AS_MIGRANT_WORKER) === true;
