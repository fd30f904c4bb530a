import type { EventEnvelope } from '@tianfu/contracts';
import type { Db } from 'mongodb';
import type { MessageContext } from './batch-processor.ts';
import { type InsertOnceResult, insertOnce } from './insert-once.ts';

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
}

export function createProcessedEvents(db: Db, consumerName: string, clock = () => new Date()): ProcessedEvents {
  const markers = db.collection<ProcessedMarker>(PROCESSED_EVENTS_COLLECTION);
  const id = (eventId: string) => `${consumerName}:${eventId}`;
  return {
    has: async (eventId) => (await markers.findOne({ _id: id(eventId) }, { projection: { _id: 1 } })) !== null,
    mark: (eventId) => insertOnce(markers, { _id: id(eventId), at: clock() }),
  };
}

type Handler<E extends { eventId: string }> = ((event: E, context: MessageContext) => Promise<void>) & {
  readonly ignores?: (event: E) => boolean;
};

/**
 * Skips events already marked, else handles then marks. A crash (or a rebalance handing the
 * partition to another member) between the effect and the mark redelivers the event into the
 * handler again, so the effect must itself be keyed by the event (an insert with an `_id`
 * derived from the eventId, see insertOnce); the marker only saves repeating the work. An event
 * the handler `ignores` is neither looked up nor marked: there is no work to save (a topic's
 * attendance sign-ins, say, outnumber what most readers act on).
 */
export function dedupe<E extends { eventId: string } = EventEnvelope>(
  processed: ProcessedEvents,
  handle: Handler<E>,
): Handler<E> {
  return async (event, context) => {
    if (handle.ignores?.(event) === true) return;
    if (await processed.has(event.eventId)) return;
    await handle(event, context);
    await processed.mark(event.eventId);
  };
}
