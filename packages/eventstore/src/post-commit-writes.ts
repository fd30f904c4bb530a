import type { EventEnvelope } from '@tianfu/contracts';

/** How many events this process remembers as written: a bound on memory, not on correctness. */
const REMEMBERED = 50_000;

export interface PostCommitWritesOptions {
  /** Brings the read models up to `events`, from the events and the store alone; idempotent. */
  readonly write: (events: readonly EventEnvelope[]) => Promise<void>;
  readonly logger: { warn(details: object, message: string): void };
}

export interface PostCommitWrites {
  /**
   * After a command's commit: writes its read models at once, so the caller reads its own write.
   * A failure is logged, never the command's: the commit stands, and `repair` writes them.
   * `write` defaults to the options' one; a command holding the new state may pass a quicker one.
   */
  afterCommit(events: readonly EventEnvelope[], write?: () => Promise<void>): Promise<void>;
  /**
   * For the consumer of the service's own topic: writes the events no write in this process has
   * stored (nothing to do in the usual case), and throws when that fails, so the consumer retries
   * with backoff and at last dead-letters the event (`pnpm dlq` replays it after a fix).
   */
  repair(events: readonly EventEnvelope[]): Promise<void>;
}

/**
 * Read models written after a commit (a directory, verification records, facts) are a cache of the
 * event store: a failed write never fails the command that committed, since every published event
 * comes back to the service on its own topic, where `repair` writes what is missing. In one process
 * the second writer waits for the first one's write instead of repeating it.
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

  return {
    async afterCommit(events, quick) {
      const writing = (async () => {
        if ((await unwritten(events)).length > 0) await (quick ?? (() => write(events)))();
        return true;
      })().catch((err: unknown) => {
        const eventIds = events.map((e) => e.eventId);
        logger.warn({ err, eventIds }, 'read-model write after a commit failed; the read-model consumer repeats it');
        return false;
      });
      remember(events, writing);
      await writing;
    },
    async repair(events) {
      const missing = await unwritten(events);
      if (missing.length > 0) {
        const writing = write(missing);
        remember(
          missing,
          writing.then(
            () => true,
            () => false,
          ),
        );
        await writing;
      }
      for (const { eventId } of events) writes.delete(eventId);
    },
  };
}
