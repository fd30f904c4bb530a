import type { TrainingBrand, TrainingKind } from '@tianfu/contracts';
import { occupationMatches } from '../domain/talent-pool-entry.ts';
import type { ClassReference } from '../domain/training-references.ts';
import type { WorkerSummary } from '../domain/worker-summary.ts';

export type ClassOf = (classId: string) => ClassReference | undefined;

/** The talent pool's training filter (docs/domain.md §7.7): a class completed that has all the given properties. */
export interface TrainingFilter {
  /** The class's occupation, or a prefix of it (`4-03`). */
  readonly trainedOccupation?: string;
  readonly trainingKind?: TrainingKind;
  readonly trainingBrand?: TrainingBrand;
  /** Completed in [from, to]. */
  readonly trainedFrom?: string;
  readonly trainedTo?: string;
}

/** Whether the filter asks anything of training (then workers with no step yet may match). */
export const asksTraining = (f: TrainingFilter): boolean =>
  [f.trainedOccupation, f.trainingKind, f.trainingBrand, f.trainedFrom, f.trainedTo].some((v) => v !== undefined);

/** Whether a worker completed a class the filter describes; a class career has not yet learnt of describes none. */
export function completedSuch(summary: Pick<WorkerSummary, 'trainings'>, f: TrainingFilter, classOf: ClassOf): boolean {
  return summary.trainings.some(({ classId, completedOn }) => {
    const filed = classOf(classId);
    return (
      filed !== undefined &&
      (f.trainedFrom === undefined || completedOn >= f.trainedFrom) &&
      (f.trainedTo === undefined || completedOn <= f.trainedTo) &&
      (f.trainingKind === undefined || filed.trainingKind === f.trainingKind) &&
      (f.trainingBrand === undefined || filed.brand === f.trainingBrand) &&
      (f.trainedOccupation === undefined ||
        (filed.item.kind === 'occupation' && occupationMatches(filed.item.code, f.trainedOccupation)))
    );
  });
}

/** Facet counts of the matches' completed classes: workers per kind and per brand, each worker once per code. */
export function trainingFacets(classOf: ClassOf) {
  const trainingKind: Record<string, number> = {};
  const trainingBrand: Record<string, number> = {};
  return {
    count({ trainings }: Pick<WorkerSummary, 'trainings'>): void {
      if (trainings.length === 0) return;
      const filed = trainings.flatMap((t) => classOf(t.classId) ?? []);
      for (const kind of new Set(filed.map((c) => c.trainingKind))) trainingKind[kind] = (trainingKind[kind] ?? 0) + 1;
      for (const brand of new Set(filed.flatMap((c) => c.brand ?? [])))
        trainingBrand[brand] = (trainingBrand[brand] ?? 0) + 1;
    },
    result: () => ({ trainingKind, trainingBrand }),
  };
}
