import { isDuplicateKeyError } from '@tianfu/eventstore';
import type { Collection, Filter } from 'mongodb';
import type { BodyView } from './body-view.ts';

/** A public directory line: who the body is and what it may assess; never who registered it. */
export type DirectoryEntry = Omit<BodyView, 'statusReason'>;

interface DirectoryDocument extends DirectoryEntry {
  _id: string;
}

export interface DirectoryQuery {
  readonly regionCode?: string;
  readonly occupationCode?: string;
  readonly status?: 'active' | 'suspended';
}

export interface BodyDirectory {
  /** Called after every body command: a cache of the stream, replaced by newer revisions only. */
  refresh(view: BodyView): Promise<void>;
  list(query: DirectoryQuery): Promise<DirectoryEntry[]>;
}

export function createBodyDirectory(collection: Collection<DirectoryDocument>): BodyDirectory {
  return {
    async refresh({ statusReason: _hidden, ...entry }) {
      try {
        // An older revision never overwrites a newer one: the upsert then collides on _id.
        const filter: Filter<DirectoryDocument> = { _id: entry.bodyId, revision: { $lt: entry.revision } };
        await collection.replaceOne(filter, entry, { upsert: true });
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
      }
    },
    async list(query) {
      const filter: Record<string, string> = {};
      if (query.regionCode !== undefined) filter.regionCode = query.regionCode;
      if (query.status !== undefined) filter.status = query.status;
      if (query.occupationCode !== undefined) filter['filings.occupationCode'] = query.occupationCode;
      const documents = await collection.find(filter).sort({ _id: 1 }).limit(1000).toArray();
      return documents.map(({ _id, ...entry }) => entry);
    },
  };
}
