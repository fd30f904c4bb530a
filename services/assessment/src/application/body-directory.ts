import { isDuplicateKeyError } from '@tianfu/eventstore';
import type { Collection, Filter } from 'mongodb';
import type { BodyView } from './body-view.ts';

/** A public directory line: who the body is and what it may assess; never who registered it. */
export type DirectoryEntry = Omit<BodyView, 'statusReason'>;

/**
 * The line as stored: the supervision reason rides along for the authority's register and is left
 * out of the public directory. Lines written before it was kept have none.
 */
interface DirectoryDocument extends DirectoryEntry {
  _id: string;
  statusReason?: string | null;
}

export interface DirectoryQuery {
  readonly regionCode?: string;
  readonly occupationCode?: string;
  readonly status?: 'active' | 'suspended';
}

/** A page of the register in bodyId order: the bodies after `after`, up to `limit`. */
export interface RegisterQuery extends DirectoryQuery {
  readonly after?: string;
  readonly limit: number;
}

export interface RegisterPage {
  readonly items: readonly (DirectoryEntry & { readonly statusReason?: string | null })[];
  /** The `after` of the next page, or null on the last one. */
  readonly next: string | null;
}

export interface BodyDirectory {
  /** Called after every body command: a cache of the stream, replaced by newer revisions only. */
  refresh(view: BodyView): Promise<void>;
  list(query: DirectoryQuery): Promise<DirectoryEntry[]>;
  /** The authority's register: every body with its supervision reason, page by page. */
  page(query: RegisterQuery): Promise<RegisterPage>;
}

function filterOf(query: DirectoryQuery): Filter<DirectoryDocument> {
  const filter: Record<string, string> = {};
  if (query.regionCode !== undefined) filter.regionCode = query.regionCode;
  if (query.status !== undefined) filter.status = query.status;
  if (query.occupationCode !== undefined) filter['filings.occupationCode'] = query.occupationCode;
  return filter;
}

export function createBodyDirectory(collection: Collection<DirectoryDocument>): BodyDirectory {
  return {
    async refresh(view) {
      try {
        // An older revision never overwrites a newer one: the upsert then collides on _id.
        const filter: Filter<DirectoryDocument> = { _id: view.bodyId, revision: { $lt: view.revision } };
        await collection.replaceOne(filter, { ...view }, { upsert: true });
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
      }
    },
    async list(query) {
      const documents = await collection.find(filterOf(query)).sort({ _id: 1 }).limit(1000).toArray();
      return documents.map(({ _id, statusReason: _hidden, ...entry }) => entry);
    },
    async page({ after, limit, ...query }) {
      const filter = after === undefined ? filterOf(query) : { ...filterOf(query), _id: { $gt: after } };
      const documents = await collection
        .find(filter)
        .sort({ _id: 1 })
        .limit(limit + 1)
        .toArray();
      const items = documents.slice(0, limit).map(({ _id, ...entry }) => entry);
      return { items, next: documents.length > limit ? (items.at(-1)?.bodyId ?? null) : null };
    },
  };
}
