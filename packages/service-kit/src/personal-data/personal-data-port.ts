import type { IdDocument, SealedName, WorkerId } from '@tianfu/contracts';
import type { NameToSeal, PersonToSeal, SealedPerson } from './personal-data-vault-types.ts';

/** What a name shown back carries: never the ID number itself, only its mask. */
export interface ShownPerson {
  readonly name: string;
  readonly maskedIdNumber: string;
}

/**
 * What a service's commands and routes need of the personal-data vault (docs/domain.md, personal
 * data): events and read models keep the workerId and names sealed under the worker's key; names
 * and numbers stay encrypted in the vault and are shown back only with the number masked.
 */
export interface PersonalDataPort {
  identify(document: IdDocument): SealedPerson;
  seal(person: PersonToSeal): Promise<SealedPerson>;
  sealMany(people: readonly PersonToSeal[]): Promise<readonly SealedPerson[]>;
  /** Names sealed under their workers' keys to travel in events, in the order given. */
  sealNames(people: readonly NameToSeal[]): Promise<readonly SealedName[]>;
  openMany(workerIds: readonly WorkerId[]): Promise<ReadonlyMap<WorkerId, ShownPerson>>;
}
