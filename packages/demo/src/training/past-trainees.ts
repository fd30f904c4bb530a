import type { TrainingTargetGroup } from '@tianfu/contracts';
import type { Random } from '@tianfu/testing';
import { dayAfter } from '../days.ts';
import type { DemoPeople, DemoPerson } from '../people/demo-people.ts';

/** One trainee of a class that already ran, as the office's 补录 sheet lists them. */
export interface PastTrainee {
  readonly person: DemoPerson;
  readonly groups: readonly TrainingTargetGroup[];
  readonly enrolledOn: string;
  /** The sitting ids attended. */
  readonly attended: readonly string[];
}

// Roughly the plan's mix (专栏1: 农民工 450,000 of 1.5 million, about 30%), the rest spread over the
// groups of docs/domain.md §7.2.
const groupWeights: readonly (readonly [TrainingTargetGroup, number])[] = [
  ['rural-migrant', 33],
  ['employee', 25],
  ['registered-unemployed', 10],
  ['graduate', 10],
  ['out-of-poverty', 7],
  ['employment-difficulty', 4],
  ['two-after', 3],
  ['veteran', 3],
  ['disabled', 2],
  ['other', 3],
];

/** Apprentices are the employer's own workers; anyone else is of one group, a migrant worker sometimes also out of poverty. */
function groupsOf(random: Random, apprentices: boolean): TrainingTargetGroup[] {
  if (apprentices) return ['employee'];
  const group = random.weighted(groupWeights);
  return group === 'rural-migrant' && random.chance(0.15) ? [group, 'out-of-poverty'] : [group];
}

/**
 * Most attend every sitting; about one in ten misses a few and one in twenty drops out after
 * the first third, so completion by the 80% share leaves some non-completers.
 */
function attendedOf(random: Random, sittingIds: readonly string[]): string[] {
  if (random.chance(0.05)) return sittingIds.slice(0, Math.max(1, Math.floor(sittingIds.length / 3)));
  const misses = random.chance(0.1) ? 0.3 : 0.02;
  const attended = sittingIds.filter(() => !random.chance(misses));
  return attended.length > 0 ? attended : [sittingIds[0] as string];
}

export interface TraineeNeeds {
  readonly count: number;
  readonly regionCode: string;
  readonly firstDay: string;
  readonly sittingIds: readonly string[];
  readonly apprentices: boolean;
}

/** The trainees of one class: people of its 市(州) of working age, enrolled in the three weeks before it began. */
export function pastTrainees(random: Random, people: DemoPeople, needs: TraineeNeeds): PastTrainee[] {
  const year = Number(needs.firstDay.slice(0, 4));
  const born = needs.apprentices ? { from: year - 30, to: year - 17 } : { from: year - 55, to: year - 18 };
  return Array.from({ length: needs.count }, () => ({
    person: people(random, needs.regionCode, born),
    groups: groupsOf(random, needs.apprentices),
    enrolledOn: dayAfter(needs.firstDay, -random.int(1, 21)),
    attended: attendedOf(random, needs.sittingIds),
  }));
}
