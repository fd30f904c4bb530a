import type { IdDocument, SealedName } from '@tianfu/contracts';

/** A person as declared: the name and ID document that only the personal-data vault keeps. */
export interface Person extends IdDocument {
  readonly name: string;
}

export interface Identified {
  readonly workerId: string;
  readonly maskedIdNumber: string;
}

/**
 * What assessment needs of the personal-data vault (docs/architecture.md "Identity and personal data"):
 * events and read models keep the workerId; names and numbers stay encrypted in the vault.
 */
export interface PersonalDataPort {
  identify(document: IdDocument): Identified;
  seal(person: Person): Promise<Identified>;
  sealMany(people: readonly Person[]): Promise<readonly Identified[]>;
  /** Names sealed under their workers' keys to travel in events, in the order given. */
  sealNames(people: readonly { readonly workerId: string; readonly name: string }[]): Promise<readonly SealedName[]>;
  openMany(
    workerIds: readonly string[],
  ): Promise<ReadonlyMap<string, { readonly name: string; readonly maskedIdNumber: string }>>;
}
