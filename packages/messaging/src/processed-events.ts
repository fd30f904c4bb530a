import type { EventEnvelope } from '@tianfu/contracts';
import type { Db } from 'mongodb';
import type { MessageContext } from './batch-processor.ts';
import { type InsertOnceResult, insertOnce, onlyDuplicateKeys } from './insert-once.ts';
import { mapLimited } from './limited-map.ts';

export const PROCESSED_EVENTS_COLLECTION = 'processed_events';

/** `_id` = `<consumer>:<eventId>`: the unique key is what makes a mark exactly-once. */
interface ProcessedMarker {
  _id: string;
  at: Date;
}

export interface ProcessedEvents {
  has(eventId: string): Promise<boolean>;
  /** 'duplicate' means someone marked it first: not an error. */
  mark(eventId: string): Promise<InsertOnceResult>;
  /** Which of these are marked. */
  marked(eventIds: readonly string[]): Promise<Set<string>>;
  /** Marks all of them in one write; those marked already stay as they are. */
  markAll(eventIds: readonly string[]): Promise<void>;
}

const LOOKUPS_AT_ONCE = 16;

export function createProcessedEvents(db: Db, consumerName: string, clock = () => new Date()): ProcessedEvents {
  const markers = db.collection<ProcessedMarker>(PROCESSED_EVENTS_COLLECTION);
  const id = (eventId: string) => `${consumerName}:${eventId}`;
  const has = async (eventId: string) =>
    (await markers.findOne({ _id: id(eventId) }, { projection: { _id: 1 } })) !== null;
  return {
    has,
    mark: (eventId) => insertOnce(markers, { _id: id(eventId), at: clock() }),
    async marked(eventIds) {
      const found = await mapLimited(eventIds, LOOKUPS_AT_ONCE, has);
      return new Set(eventIds.filter((_, at) => found[at]));
    },
    async markAll(eventIds) {
      if (eventIds.length === 0) return;
      const at = clock();
      try {
        await markers.insertMany(
          eventIds.map((eventId) => ({ _id: id(eventId), at })),
          { ordered: false },
        );
      } catch (error) {
        if (!onlyDuplicateKeys(error)) throw error;
      }
    },
  };
}

type Handler<E extends { eventId: string }> = ((event: E, context: MessageContext) => Promise<void>) & {
  readonly ignores?: (event: E) => boolean;
  readonly handleAll?: (events: readonly E[]) => Promise<void>;
};

/**
 * Skips events already marked, else handles then marks. A crash (or a rebalance handing the
 * partition to another member) between the effect and the mark redelivers the event into the
 * handler again, so the effect must itself be keyed by the event (an insert with an `_id`
 * derived from the eventId, see insertOnce); the marker only saves repeating the work. An event
 * the handler `ignores` is neither looked up nor marked: there is no work to save (a topic's
 * attendance sign-ins, say, outnumber what most readers act on). A handler that takes a run of
 * events at once (`handleAll`) gets those of the run not marked yet, each once, and the run is
 * marked in one write after it.
 */
export function dedupe<E extends { eventId: string } = EventEnvelope>(
  processed: ProcessedEvents,
  handle: Handler<E>,
): Handler<E> {
  const one = async (event: E, context: MessageContext) => {
    if (handle.ignores?.(event) === true) return;
    if (await processed.has(event.eventId)) return;
    await handle(event, context);
    await processed.mark(event.eventId);
  };
  const { handleAll } = handle;
  if (handleAll === undefined) return one;
  return Object.assign(one, {
    handleAll: async (events: readonly E[]) => {
      const acted = [
        ...new Map(events.filter((e) => handle.ignores?.(e) !== true).map((e) => [e.eventId, e])).values(),
      ];
      const marked = await processed.marked(acted.map((e) => e.eventId));
      const fresh = acted.filter((e) => !marked.has(e.eventId));
      await handleAll(fresh);
      await processed.markAll(fresh.map((e) => e.eventId));
    },
  });
}
