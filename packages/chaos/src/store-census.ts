import { allTopics } from '@tianfu/contracts';
import { kafkaClient, readDeadLetters } from '@tianfu/messaging';
import { type Db, MongoClient } from 'mongodb';
import type { StoredEvent, StoreName } from './tally.ts';

// Each service's database (its main.ts); career keeps no event store.
const databases: Readonly<Record<StoreName, string>> = {
  assessment: 'assessment',
  certification: 'certification',
  competition: 'competition',
  'talent-registry': 'talent',
};
export const storeNames = Object.keys(databases) as StoreName[];

interface CommitDocument {
  _id: string;
  published?: boolean;
  events: string | readonly StoredEvent[];
}

const eventsOf = (commit: CommitDocument): readonly StoredEvent[] =>
  typeof commit.events === 'string' ? JSON.parse(commit.events) : commit.events;

/** Every event of a store, read straight from its commits (the event store's own layout). */
async function storedEvents(db: Db): Promise<StoredEvent[]> {
  const commits = await db.collection<CommitDocument>('commits').find({}).toArray();
  return commits.flatMap(eventsOf).map(({ eventId, type, data }) => ({ eventId, type, data }));
}

/** Commits neither flagged published nor marked so by the relay: what the outbox still owes Kafka. */
async function outboxBacklog(db: Db): Promise<string[]> {
  const marks = await db.collection<{ ids?: string[]; _id: unknown }>('commits_published').find({}).toArray();
  const marked = new Set(marks.flatMap((m) => m.ids ?? [String(m._id)]));
  const unflagged = await db
    .collection<CommitDocument>('commits')
    .find({ published: false }, { projection: { _id: 1 } })
    .toArray();
  return unflagged.map((c) => c._id).filter((id) => !marked.has(id));
}

/** The private platform's stores and dead-letter topics, read directly. */
export async function openCensus(mongoUrl: string, brokers: string) {
  const client = await MongoClient.connect(mongoUrl, { serverSelectionTimeoutMS: 10_000 });
  const kafka = kafkaClient([brokers], 'tianfu-chaos-census');
  const db = (store: StoreName) => client.db(databases[store]);
  return {
    async events(): Promise<Record<StoreName, StoredEvent[]>> {
      const read = await Promise.all(storeNames.map(async (s) => [s, await storedEvents(db(s))] as const));
      return Object.fromEntries(read) as Record<StoreName, StoredEvent[]>;
    },
    /** The commits each outbox still owes Kafka. */
    async outboxes(): Promise<Record<StoreName, string[]>> {
      const read = await Promise.all(storeNames.map(async (s) => [s, await outboxBacklog(db(s))] as const));
      return Object.fromEntries(read) as Record<StoreName, string[]>;
    },
    async deadLetters(): Promise<Record<string, number>> {
      const topics = allTopics().filter((t) => t.endsWith('.dlq'));
      const read = await Promise.all(topics.map(async (t) => [t, (await readDeadLetters(kafka, t)).length] as const));
      return Object.fromEntries(read);
    },
    close: () => client.close(),
  };
}

export type Census = Awaited<ReturnType<typeof openCensus>>;
