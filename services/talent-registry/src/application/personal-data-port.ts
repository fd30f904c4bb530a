import type { IdDocument, SealedName, WorkerId } from '@tianfu/contracts';

/** What the talent registry needs of the personal-data vault: the workerId, and the name sealed under its key. */
export interface PersonalDataPort {
  identify(document: IdDocument): { readonly workerId: WorkerId; readonly maskedIdNumber: string };
  sealNames(people: readonly { readonly workerId: WorkerId; readonly name: string }[]): Promise<SealedName[]>;
}
