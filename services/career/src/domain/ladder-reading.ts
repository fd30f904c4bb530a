import type { CatalogueState } from '@tianfu/catalogue-view/state';
import type { Ladder, OccupationLadder } from './ladder.ts';
import { type NextStep, nextStep } from './next-step.ts';
import { occupationNameIn } from './occupation-names.ts';

export interface OccupationReading extends OccupationLadder {
  /** The catalogue's name of the occupation; null when it holds none. */
  readonly occupationName: string | null;
  /** The next exam level and the earliest day the worker is eligible (§2.3); null at the top. */
  readonly next: NextStep | null;
}

export interface LadderReading extends Omit<Ladder, 'occupations'> {
  readonly occupations: readonly OccupationReading[];
}

/**
 * A ladder as the worker and HR read it (docs/domain.md §1, §2.3): each occupation under the
 * catalogue's name, with its next exam level by the standard the catalogue has in force on the
 * ladder's date. An occupation retired since keeps its name and its steps.
 */
export function readLadder(ladder: Ladder, catalogue: CatalogueState): LadderReading {
  const byOccupation = new Map(ladder.occupations.map((o) => [o.occupationCode, o.steps]));
  return {
    ...ladder,
    occupations: ladder.occupations.map((o) => ({
      occupationCode: o.occupationCode,
      occupationName: occupationNameIn(catalogue, o.occupationCode),
      steps: o.steps,
      current: o.current,
      next: nextStep(o.occupationCode, o.current, byOccupation, ladder.asOf, catalogue),
    })),
  };
}
