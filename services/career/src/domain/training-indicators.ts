import type { TrainingBrand } from '@tianfu/contracts';
import { brands } from './brand-targets.ts';
import type { Measure } from './plan-targets.ts';
import type { ClassGroupCount } from './training-group-count.ts';
import type { ClassReference } from './training-references.ts';
import type { WorkerSummary } from './worker-summary.ts';

/** What the training counts join: each class as filed, the 市(州) of its provider, and the classes' 农民工 counts. */
export interface TrainingSources {
  readonly classOf: (classId: string) => ClassReference | undefined;
  readonly classRegion: (classId: string) => string | null;
  readonly groupCounts: Iterable<ClassGroupCount>;
}

/** The query's period and region, and its tally: one measure on a day in a 市(州), n at once. */
export interface TrainingTally {
  readonly within: (date: string, region: string | null) => boolean;
  readonly add: (measure: Measure, date: string, region: string | null, n?: number) => void;
}

/**
 * The 专栏1 training measures (docs/domain.md §5.3, §7) and the 专栏5 brand counts (§5.4): a
 * completion of a 补贴性 class is a subsidised person-time, in its provider's 市(州) and the year it
 * ended; of which 新型学徒制 counts each worker once (its unit is persons); of which 农民工 comes from
 * the classes' counts made when they ended. A brand counts every completion of its classes.
 * `takes` says whether a class's item is within the query's occupation or industry.
 */
export function trainingCounter(
  sources: TrainingSources,
  takes: (filed: ClassReference) => boolean,
  { within, add }: TrainingTally,
) {
  const byBrand = Object.fromEntries(brands.map((b) => [b, 0])) as Record<TrainingBrand, number>;
  return {
    /** One worker's completed classes. */
    worker({ trainings }: Pick<WorkerSummary, 'trainings'>): void {
      let apprentice = false;
      for (const { classId, completedOn } of trainings) {
        const filed = sources.classOf(classId);
        const region = sources.classRegion(classId);
        if (filed === undefined || !takes(filed) || !within(completedOn, region)) continue;
        if (filed.brand !== null) byBrand[filed.brand] += 1;
        if (!filed.subsidised) continue;
        add('subsidisedTraining', completedOn, region);
        if (filed.trainingKind === 'apprenticeship' && !apprentice) add('apprenticeTraining', completedOn, region);
        apprentice ||= filed.trainingKind === 'apprenticeship';
      }
    },
    /** After every worker: the classes' 农民工 counts; the completions per brand. */
    finish(): Record<TrainingBrand, number> {
      for (const { classId, completedOn, migrantWorkers } of sources.groupCounts) {
        const filed = sources.classOf(classId);
        const region = sources.classRegion(classId);
        if (filed?.subsidised === true && takes(filed) && migrantWorkers > 0 && within(completedOn, region))
          add('migrantWorkerTraining', completedOn, region, migrantWorkers);
      }
      return byBrand;
    },
  };
}
