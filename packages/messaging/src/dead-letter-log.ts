import type { Db } from 'mongodb';
import { Gauge, type Registry } from 'prom-client';
import { insertOnce } from './insert-once.ts';

export const DEAD_LETTERS_COLLECTION = 'dead_letters';
const DLQ_MESSAGES = 'tianfu_dlq_messages';

/** A dead letter a group wrote, `_id` = deadLetterKey: the unique key is what writes it once. */
export interface DeadLetterRecord {
  readonly _id: string;
  readonly group: string;
  readonly topic: string;
  readonly eventId: string | null;
  readonly errorCode: string | null;
  readonly error: string;
  readonly at: Date;
  /** When the group handled the event after all (a replay); null while it waits. */
  readonly resolvedAt: Date | null;
}

export interface DeadLetterLog {
  /** Whether this dead letter was written already: a replay from offset 0 meets it again. */
  written(key: string): Promise<boolean>;
  /** Records a dead letter once it is durable on the dead-letter topic. */
  record(letter: Omit<DeadLetterRecord, 'resolvedAt'>): Promise<void>;
  /** Whether the group has a dead letter of this event waiting (in memory: cheap for every message). */
  waiting(group: string, eventId: string): boolean;
  /** The group handled the event after all: its dead letters no longer wait. */
  resolve(group: string, eventId: string): Promise<void>;
  /**
   * Loads what waits for a group reading `topics` (at its consumer's start), and reports it on the
   * gauge from then on: the number of waiting dead letters per topic.
   */
  load(group: string, topics: readonly string[]): Promise<ReadonlyMap<string, number>>;
}

/**
 * The dead letters of a service's consumer groups, beside its other collections; serves the
 * `tianfu_dlq_messages` gauge (waiting dead letters by group and topic, counted at each scrape, so
 * every instance reports the same) on `registry`.
 */
export function createDeadLetterLog(db: Db, registry: Registry, clock = () => new Date()): DeadLetterLog {
  const letters = db.collection<DeadLetterRecord>(DEAD_LETTERS_COLLECTION);
  const waiting = new Map<string, Set<string>>();
  const topicsOf = new Map<string, readonly string[]>();
  const waitingIn = (group: string): Set<string> => {
    const ids = waiting.get(group) ?? new Set<string>();
    waiting.set(group, ids);
    return ids;
  };
  const pending = (groups: readonly string[]) =>
    letters
      .find({ group: { $in: [...groups] }, resolvedAt: null }, { projection: { group: 1, topic: 1, eventId: 1 } })
      .toArray();

  new Gauge({
    name: DLQ_MESSAGES,
    help: 'Dead letters of the group not handled since (pnpm dlq lists and replays them), by group and topic',
    labelNames: ['group', 'topic'],
    registers: [registry],
    async collect() {
      // While the database is unreachable the gauge keeps its last values: /metrics still answers.
      const found = await pending([...topicsOf.keys()]).catch(() => null);
      if (found === null) return;
      this.reset();
      for (const [group, topics] of topicsOf) for (const topic of topics) this.set({ group, topic }, 0);
      for (const { group, topic } of found) this.inc({ group, topic });
    },
  });

  return {
    written: async (key) => (await letters.findOne({ _id: key }, { projection: { _id: 1 } })) !== null,
    async record(letter) {
      await insertOnce(letters, { ...letter, resolvedAt: null });
      if (letter.eventId !== null) waitingIn(letter.group).add(letter.eventId);
    },
    waiting: (group, eventId) => waiting.get(group)?.has(eventId) ?? false,
    async resolve(group, eventId) {
      await letters.updateMany({ group, eventId, resolvedAt: null }, { $set: { resolvedAt: clock() } });
      waiting.get(group)?.delete(eventId);
    },
    async load(group, topics) {
      topicsOf.set(group, topics);
      const found = await pending([group]);
      const ids = waitingIn(group);
      const perTopic = new Map<string, number>();
      for (const { topic, eventId } of found) {
        if (eventId !== null) ids.add(eventId);
        perTopic.set(topic, (perTopic.get(topic) ?? 0) + 1);
      }
      return perTopic;
    },
  };
}
