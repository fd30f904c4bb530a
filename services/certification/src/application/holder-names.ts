import type { IdDocument, SealedName, WorkerId } from '@tianfu/contracts';

interface SealedNameOf {
  readonly workerId: WorkerId;
  readonly sealed: SealedName;
}

/**
 * What certification needs of the personal-data vault (docs/architecture.md "Identity and personal
 * data"): the workerId of an ID document, and the holder's name sealed under the worker's key.
 */
export interface HolderNames {
  identify(document: IdDocument): { readonly workerId: WorkerId; readonly maskedIdNumber: string };
  sealNames(people: readonly { readonly workerId: WorkerId; readonly name: string }[]): Promise<SealedName[]>;
  /** Null for each name whose worker key was erased; same order as given. */
  openNames(items: readonly SealedNameOf[]): Promise<(string | null)[]>;
}
