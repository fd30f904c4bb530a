import { allTopics } from '@tianfu/contracts';
import { type KafkaAdmin, kafkaClient, kafkaClientNamed, readDeadLetters } from '@tianfu/messaging';
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

/** How far a consumer group is behind its topics' ends, and whether it has members to catch up. */
async function groupLag(admin: KafkaAdmin, groupId: string) {
  const [group] = await admin.describeGroups([groupId]);
  let lag = 0;
  for (const { topic, partitions } of await admin.fetchOffsets({ groupId })) {
    const ends = new Map((await admin.fetchTopicOffsets(topic)).map((o) => [o.partition, Number(o.high)]));
    for (const { partition, offset } of partitions) lag += (ends.get(partition) ?? 0) - Math.max(0, Number(offset));
  }
  return { groupId, state: group?.state ?? 'unknown', members: group?.members ?? 0, lag };
}

/** The private platform's stores and dead-letter topics, read directly. */
export async function openCensus(mongoUrl: string, brokers: string) {
  const client = await MongoClient.connect(mongoUrl, { serverSelectionTimeoutMS: 10_000 });
  const kafka = kafkaClient([brokers], 'tianfu-chaos-census', kafkaClientNamed(process.env.KAFKA_CLIENT));
  const db = (store: StoreName) => client.db(databases[store]);
  return {
    /** One store's events: what a frequent look reads, as FerretDB decodes every document it scans. */
    storeEvents: (store: StoreName): Promise<StoredEvent[]> => storedEvents(db(store)),
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
    /** Consumer groups with messages not yet committed: `<group> <state> (<members> members) <lag>`. */
    async groupsBehind(): Promise<string[]> {
      const admin = kafka.admin();
      await admin.connect();
      try {
        const groups = await admin.listGroups();
        const described = await Promise.all(groups.map((groupId) => groupLag(admin, groupId)));
        return described.filter((g) => g.lag > 0).map((g) => `${g.groupId} ${g.state} (${g.members} members) ${g.lag}`);
      } finally {
        await admin.disconnect();
      }
    },
    close: () => client.close(),
  };
}

export type Census = Awaited<ReturnType<typeof openCensus>>;
