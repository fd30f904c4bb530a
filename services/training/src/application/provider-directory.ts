import { chinaDate } from '@tianfu/contracts';
import { type ListedDocument, listingCollection } from '@tianfu/eventstore';
import type { Db, Filter } from 'mongodb';
import { type Grading, gradeOn, type Provider, type ProviderStatus } from '../domain/provider.ts';

/** A provider as the register keeps it: the stream folded at a revision, with its grades. */
export interface ProviderDocument extends ListedDocument, Provider {}

/** The public directory's filters; every one optional (docs/domain.md §7.1, 目录清单). */
export interface DirectoryQuery {
  readonly regionCode?: string | undefined;
  readonly occupation?: string | undefined;
  readonly kind?: string | undefined;
  readonly grade?: string | undefined;
  readonly after?: string | undefined;
  readonly limit: number;
}

/** The office's register filters: the directory's, and a status (any when unset). */
export interface RegisterQuery extends DirectoryQuery {
  readonly status?: ProviderStatus | undefined;
}

/** A directory line: who the provider is, what it trains and its grade in force; no supervision reasons. */
export interface DirectoryLine {
  readonly providerId: string;
  readonly kind: string;
  readonly name: string;
  readonly creditCode: string;
  readonly regionCode: string;
  readonly items: Provider['items'];
  readonly grade: Grading | null;
}

export const lineOf = (provider: Provider, today: string): DirectoryLine => ({
  providerId: provider.providerId,
  kind: provider.kind,
  name: provider.name,
  creditCode: provider.creditCode,
  regionCode: provider.regionCode,
  items: provider.items,
  grade: gradeOn(provider, today),
});

function filterOf(query: RegisterQuery): Filter<ProviderDocument> {
  const filter: Record<string, unknown> = {};
  if (query.status !== undefined) filter.status = query.status;
  if (query.regionCode !== undefined) filter.regionCode = query.regionCode;
  if (query.kind !== undefined) filter.kind = query.kind;
  if (query.occupation !== undefined) filter['items.code'] = query.occupation;
  if (query.grade !== undefined) filter['gradings.grade'] = query.grade;
  if (query.after !== undefined) filter._id = { $gt: query.after };
  return filter;
}

/**
 * The providers as listed: one document per provider stream, replaced by newer revisions only.
 * The public directory shows the listed ones, the office's register any; a grade filter keeps
 * those whose grade in force today is that grade (a grade lapses on its own, with no event), so it
 * is judged on each page.
 */
export function providerDirectory(db: Db, clock: () => Date) {
  const documents = db.collection<ProviderDocument>('provider_directory');
  const lines = listingCollection<ProviderDocument>(documents);
  const today = () => chinaDate(clock().toISOString());
  /** A page of documents in providerId order, and the `after` of the next one (null on the last). */
  async function pageOf(query: RegisterQuery): Promise<{ documents: ProviderDocument[]; next: string | null }> {
    const day = today();
    const found: ProviderDocument[] = [];
    let after = query.after;
    // One more than a page tells whether another follows; lapsed grades may need another batch.
    while (found.length <= query.limit) {
      const batch = await documents
        .find(filterOf({ ...query, after }))
        .sort({ _id: 1 })
        .limit(query.limit + 1)
        .toArray();
      found.push(...batch.filter((d) => query.grade === undefined || gradeOn(d, day)?.grade === query.grade));
      if (batch.length <= query.limit) break;
      after = batch.at(-1)?.providerId;
    }
    const page = found.slice(0, query.limit);
    return { documents: page, next: found.length > query.limit ? (page.at(-1)?.providerId ?? null) : null };
  }
  return {
    put: (provider: Provider, revision: number) => lines.put({ ...provider, _id: provider.providerId, revision }),
    /** The public directory: listed providers only, without supervision reasons. */
    async page(query: DirectoryQuery): Promise<{ items: DirectoryLine[]; next: string | null }> {
      const { documents: listed, next } = await pageOf({ ...query, status: 'listed' });
      const day = today();
      return { items: listed.map((document) => lineOf(document, day)), next };
    },
    /** The office's register: providers of every status, or of one, as stored. */
    register: (query: RegisterQuery) => pageOf(query),
  };
}

export type ProviderDirectory = ReturnType<typeof providerDirectory>;
