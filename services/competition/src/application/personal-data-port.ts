import type { IdDocument, SealedName, WorkerId } from '@tianfu/contracts';

export interface Person extends IdDocument {
  readonly name: string;
}

export interface Identified {
  readonly workerId: WorkerId;
  readonly maskedIdNumber: string;
}

/**
 * What competition needs of the personal-data vault (docs/architecture.md "Identity and personal
 * data"): events carry the workerId and the name sealed under the worker's key; the name and ID
 * number stay encrypted in the vault, shown back only with the number masked.
 */
export interface PersonalDataPort {
  identify(document: IdDocument): Identified;
  seal(person: Person): Promise<Identified>;
  sealNames(people: readonly { readonly workerId: WorkerId; readonly name: string }[]): Promise<readonly SealedName[]>;
  openMany(
    workerIds: readonly WorkerId[],
  ): Promise<ReadonlyMap<WorkerId, { readonly name: string; readonly maskedIdNumber: string }>>;
}
