import type { Collection } from 'mongodb';
import { type ReferenceFact, referenceKey } from '../domain/reference-facts.ts';
import { insertAllOnce } from './insert-all-once.ts';

export type ReferenceDocument = ReferenceFact & { readonly _id: string };

/** Bodies, competitions and bases, each recorded once (`_id` = kind:id): the first registration stands. */
export function referencesStore(references: Collection<ReferenceDocument>) {
  return {
    record: (list: readonly ReferenceFact[]) =>
      insertAllOnce(
        references,
        list.map((fact) => ({ ...fact, _id: referenceKey(fact) })),
      ),
    async all(): Promise<ReferenceFact[]> {
      const docs = await references.find({}).toArray();
      return docs.map(({ _id, ...fact }) => fact as ReferenceFact);
    },
  };
}

export type ReferencesStore = ReturnType<typeof referencesStore>;
