import type { EventEnvelope } from '@tianfu/contracts';
import type { EventPublisher, RelayLogger } from './outbox-relay.ts';

/** How many events this process remembers as written: a bound on memory, not on correctness. */
const REMEMBERED = 50_000;

export interface PostCommitWritesOptions {
  /** Brings the read models up to `events`, from the events and the store alone; idempotent. */
  readonly write: (events: readonly EventEnvelope[]) => Promise<void>;
  readonly logger: Pick<RelayLogger, 'warn'>;
}

export interface PostCommitWrites {
  /**
   * After a command's commit: writes its read models at once, so the caller reads its own write.
   * A failure is logged, never the command's: the commit stands, and the relay writes them.
   * `write` defaults to the options' one; a command holding the new state may pass a quicker one.
   */
  afterCommit(events: readonly EventEnvelope[], write?: () => Promise<void>): Promise<void>;
  /**
   * Wraps the outbox relay's publisher: events whose write did not succeed in this process are
   * written before they count as published; a failure leaves them unpublished, and the relay
   * tries again with backoff, from the stored commit.
   */
  publisher(next: EventPublisher): EventPublisher;
}

/**
 * Read models written after a commit (a directory, verification records, facts) are a cache of the
 * event store: a failed write never fails the command that committed, since the relay repeats it
 * from the stored commit before publishing (and after a crash, the next process's relay does).
 * In one process the second writer waits for the first one's write instead of repeating it.
 */
export function postCommitWrites({ write, logger }: PostCommitWritesOptions): PostCommitWrites {
  const writes = new Map<string, Promise<boolean>>();

  const remember = (events: readonly EventEnvelope[], writing: Promise<boolean>) => {
    for (const { eventId } of events) writes.set(eventId, writing);
    for (const eventId of writes.keys()) {
      if (writes.size <= REMEMBERED) break;
      writes.delete(eventId);
    }
  };
  /** The events no write in this process has stored, or is storing. */
  const unwritten = async (events: readonly EventEnvelope[]) => {
    const outcomes = await Promise.all(events.map((e) => writes.get(e.eventId) ?? false));
    return events.filter((_, i) => !outcomes[i]);
  };

  const publisher = (next: EventPublisher): EventPublisher => ({
    async publish(events) {
      const writing = unwritten(events).then(async (missing) => {
        if (missing.length > 0) await write(missing);
      });
      remember(
        events,
        writing.then(
          () => true,
          () => false,
        ),
      );
      // Written first: a write that keeps failing must not put the same events on Kafka at every retry.
      await writing;
      await next.publish(events);
      for (const { eventId } of events) writes.delete(eventId);
    },
  });

  return {
    async afterCommit(events, quick) {
      const writing = (async () => {
        if ((await unwritten(events)).length === 0) return true;
        await (quick ?? (() => write(events)))();
        return true;
      })().catch((err: unknown) => {
        logger.warn(
          { err, eventIds: events.map((e) => e.eventId) },
          'read-model write after a commit failed; the relay repeats it',
        );
        return false;
      });
      remember(events, writing);
      await writing;
    },
    publisher,
  };
}
