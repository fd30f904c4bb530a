import { isDuplicateKeyError } from '@tianfu/eventstore';
import type { Collection, Filter } from 'mongodb';
import type { SessionSummary } from './session-summary.ts';

/** Where a page ended in the list's order: newest session date first, then session id descending. */
export interface SessionPosition {
  readonly date: string;
  readonly sessionId: string;
}

export interface SessionListQuery {
  readonly bodyId?: string;
  readonly status?: SessionSummary['status'];
  readonly occupationCode?: string;
  /** The first and last session dates wanted, both included. */
  readonly from?: string;
  readonly to?: string;
  readonly after?: SessionPosition;
  readonly limit: number;
}

export interface SessionPage {
  readonly items: SessionSummary[];
  /** Where the next page starts; null on the last. */
  readonly next: SessionPosition | null;
}

interface SessionDocument extends SessionSummary {
  _id: string;
}

export interface SessionIndex {
  /** Called after every session command: a cache of the stream, replaced by newer revisions only. */
  refresh(summary: SessionSummary): Promise<void>;
  list(query: SessionListQuery): Promise<SessionPage>;
  /** The revision of the session's line, 0 when it has none. */
  revisionOf(sessionId: string): Promise<number>;
}

function filterOf(query: SessionListQuery): Filter<SessionDocument> {
  const { bodyId, status, occupationCode, from, to, after } = query;
  const filter: Record<string, unknown> = {};
  if (bodyId !== undefined) filter.bodyId = bodyId;
  if (status !== undefined) filter.status = status;
  if (occupationCode !== undefined) filter.occupationCode = occupationCode;
  if (from !== undefined || to !== undefined)
    filter.date = { ...(from === undefined ? {} : { $gte: from }), ...(to === undefined ? {} : { $lte: to }) };
  if (after !== undefined)
    filter.$or = [{ date: { $lt: after.date } }, { date: after.date, _id: { $lt: after.sessionId } }];
  return filter as Filter<SessionDocument>;
}

/** The sessions of every body, one document each, for the body's list (its stream has no query). */
export function createSessionIndex(collection: Collection<SessionDocument>): SessionIndex {
  // The revisions this process wrote or read: the catch-up asks for each event it reads.
  const revisions = new Map<string, number>();
  const remember = (sessionId: string, revision: number) =>
    revisions.set(sessionId, Math.max(revision, revisions.get(sessionId) ?? 0));
  return {
    async refresh(summary) {
      remember(summary.sessionId, summary.revision);
      try {
        // An older revision never overwrites a newer one: the upsert then collides on _id.
        const filter: Filter<SessionDocument> = { _id: summary.sessionId, revision: { $lt: summary.revision } };
        await collection.replaceOne(filter, { ...summary }, { upsert: true });
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
      }
    },
    async list(query) {
      const found = await collection
        .find(filterOf(query))
        .sort({ date: -1, _id: -1 })
        .limit(query.limit + 1)
        .toArray();
      const items = found.slice(0, query.limit).map(({ _id, ...summary }) => summary);
      const last = items.at(-1);
      const more = found.length > query.limit && last !== undefined;
      return { items, next: more ? { date: last.date, sessionId: last.sessionId } : null };
    },
    async revisionOf(sessionId) {
      const known = revisions.get(sessionId);
      if (known !== undefined) return known;
      const line = await collection.findOne({ _id: sessionId }, { projection: { revision: 1 } });
      remember(sessionId, line?.revision ?? 0);
      return line?.revision ?? 0;
    },
  };
}
