import type { Collection, Filter, OptionalUnlessRequiredId, Sort } from 'mongodb';
import { isDuplicateKeyError } from './duplicate-key.ts';

/** A read-model line: the stream's id and the revision it was folded at. */
export interface ListedDocument {
  _id: string;
  revision: number;
}

const MAX_LISTED = 1000;

/** A filter of the fields given: one left undefined (a query parameter not sent) matches every line. */
export const givenFilter = <T>(fields: Record<string, unknown>): Filter<T> =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Filter<T>;

/**
 * A read model of one stream per document, a cache of the event store: a document is replaced only
 * by a newer revision, so a redelivered or late write changes nothing.
 */
export function listingCollection<T extends ListedDocument>(collection: Collection<T>) {
  return {
    async put(document: T): Promise<void> {
      try {
        // An older revision never overwrites a newer one: the upsert then collides on _id.
        const filter = { _id: document._id, revision: { $lt: document.revision } } as Filter<T>;
        await collection.replaceOne(filter, document as OptionalUnlessRequiredId<T>, { upsert: true });
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
      }
    },
    /** At most 1,000 lines: a page, not an export. */
    async find(filter: Filter<T>, sort: Sort): Promise<T[]> {
      return (await collection.find(filter).sort(sort).limit(MAX_LISTED).toArray()) as T[];
    },
  };
}

export type ListingCollection<T extends ListedDocument> = ReturnType<typeof listingCollection<T>>;
