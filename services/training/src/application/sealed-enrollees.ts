import type { TrainingTargetGroup, WorkerId } from '@tianfu/contracts';
import type { PersonalDataVault } from '@tianfu/service-kit';
import type { Enrollee } from './roster-commands.ts';

/** A person to enrol as a route or sheet row gave them, identified but not yet sealed. */
export interface Person {
  readonly row: number;
  readonly workerId: WorkerId;
  readonly name: string;
  readonly targetGroups: readonly TrainingTargetGroup[];
  readonly voucherId: string | null;
}

/** Each person's name and target groups sealed under their key: the roster keeps nothing in clear. */
export async function sealedEnrollees(vault: PersonalDataVault, people: readonly Person[]): Promise<Enrollee[]> {
  const [names, groups] = await Promise.all([
    vault.sealNames(people.map(({ workerId, name }) => ({ workerId, name }))),
    vault.sealTargetGroups(people.map(({ workerId, targetGroups }) => ({ workerId, groups: targetGroups }))),
  ]);
  return people.map(({ row, workerId, voucherId }, i) => ({
    row,
    workerId,
    holderName: names[i] as Enrollee['holderName'],
    targetGroups: groups[i] as Enrollee['targetGroups'],
    voucherId,
  }));
}
