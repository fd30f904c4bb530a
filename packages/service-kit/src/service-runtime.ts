import { randomUUID } from 'node:crypto';
import { type CatalogueFollower, followCatalogue } from '@tianfu/catalogue-view';
import { isEventContractError, Topics } from '@tianfu/contracts';
import type { EventStore, PostCommitWrites } from '@tianfu/eventstore';
import { MongoLease, OutboxRelay } from '@tianfu/eventstore';
import {
  createDeadLetterLog,
  createKafkaPublisher,
  createProcessedEvents,
  type DeadLetterLog,
  type EventHandler,
  kafkaClient,
  POLICY_RETRY,
  type RunningConsumer,
  runConsumer,
  runPolicyConsumer,
} from '@tianfu/messaging';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { baseConfigSchema } from './config/base-config.ts';
import { tokenKeys } from './config/token-config.ts';
import { trustedProxies } from './config/trust-proxy.ts';
import { connectMongo } from './ops/mongo-connection.ts';
import type { ReadinessCheck } from './ops/readiness.ts';
import { caughtUpReadiness, kafkaReadiness, membershipReadiness, mongoReadiness } from './ops/readiness-checks.ts';
import { personalDataConfigSchema } from './personal-data/personal-data-config.ts';
import { type Closer, runService } from './run-service.ts';
import type { ServiceAppDeps } from './service-app.ts';

/** The settings every service reads, with its own name, database and port as defaults. */
export const serviceConfigSchema = (defaults: { name: string; database: string; port: number }) =>
  baseConfigSchema.extend({
    ...personalDataConfigSchema.shape,
    SERVICE_NAME: z.string().trim().min(1).default(defaults.name),
    // A benchmark or a second instance on one server runs in a database of its own.
    MONGO_DATABASE: z
      .string()
      .regex(/^[A-Za-z0-9_]{1,60}$/, 'letters, digits and _')
      .default(defaults.database),
    // The worker keys every service shares; a benchmark or a platform copy keeps its own, and removes them with it.
    IDENTITY_DATABASE: z
      .string()
      .regex(/^[A-Za-z0-9_]{1,60}$/, 'letters, digits and _')
      .default('identity'),
    PORT: baseConfigSchema.shape.PORT.default(defaults.port),
  });

export type ServiceConfig = z.output<ReturnType<typeof serviceConfigSchema>>;

// The app's logger needs the storage, which needs the connection: what is logged before it goes to stderr as JSON.
const line = (level: string) => (details: object, msg: string) =>
  process.stderr.write(`${JSON.stringify({ level, ...details, msg })}\n`);
const startupLog = { info: line('info'), warn: line('warn'), error: line('error') };

/**
 * What a service's main.ts connects to and runs beside its HTTP app: MongoDB (its own database
 * and the shared identity one, `IDENTITY_DATABASE`), Kafka, the outbox relay of its store, and its policies. Each
 * piece registers its closer, so shutdown stops them in reverse order of start.
 */
export async function connectService(config: ServiceConfig, clock: () => Date) {
  const kafka = kafkaClient(config.KAFKA_BROKERS, config.SERVICE_NAME, config.KAFKA_CLIENT);
  const topicName = (topic: string): string => `${config.KAFKA_TOPIC_PREFIX}${topic}`;
  const admin = kafka.admin();
  const mongo = await connectMongo(config.MONGO_URL, startupLog);
  const db = mongo.client.db(config.MONGO_DATABASE);
  const closers: Closer[] = [
    { name: 'mongodb', close: () => mongo.client.close() },
    { name: 'kafka-admin', close: () => admin.disconnect() },
  ];
  await admin.connect();
  const readinessChecks: ReadinessCheck[] = [mongoReadiness(db), kafkaReadiness(admin)];
  let deadLetterLog: DeadLetterLog | undefined;
  /** The service's dead letters (on /metrics as tianfu_dlq_messages); a group's waiting ones are logged as an error. */
  /** The service is ready only while the consumer is in its group; a consumer stopped on purpose (a replica swapped out) no longer counts. */
  const watchMembership = (name: string, consumer: RunningConsumer): RunningConsumer => {
    const check = membershipReadiness(name, consumer.inGroup);
    readinessChecks.push(check);
    return {
      inGroup: consumer.inGroup,
      stop: async () => {
        const at = readinessChecks.indexOf(check);
        if (at >= 0) readinessChecks.splice(at, 1);
        await consumer.stop();
      },
    };
  };
  const deadLettersOf = async (groupId: string, topics: readonly string[], app: FastifyInstance) => {
    deadLetterLog ??= createDeadLetterLog(db, app.metrics, clock);
    const waiting = await deadLetterLog.load(groupId, topics.map(topicName));
    if (waiting.size > 0) {
      const perTopic = Object.fromEntries(waiting);
      app.log.error(
        { groupId, deadLetters: perTopic },
        'dead letters wait for this group: pnpm dlq lists and replays them',
      );
    }
    return deadLetterLog;
  };

  return {
    kafka,
    topicName,
    db,
    identity: mongo.client.db(config.IDENTITY_DATABASE),
    /** What every service's buildApp takes from its settings and connections. */
    appDeps: (version: string): ServiceAppDeps => ({
      ...tokenKeys(config),
      tokenMaxLifetimeSeconds: config.AUTH_TOKEN_MAX_LIFETIME_SECONDS,
      hstsMaxAgeSeconds: config.HSTS_MAX_AGE_SECONDS,
      trustProxy: trustedProxies(config.TRUST_PROXY, config.NODE_ENV),
      clock,
      version,
      logLevel: config.LOG_LEVEL,
      readinessChecks,
    }),
    /**
     * The occupation catalogue held in memory from its topic, in a group of this instance's own (each
     * instance reads every partition from offset 0); /ready answers once it has caught up. Call it
     * before buildApp, so the app's readiness checks include it.
     */
    async holdCatalogue(): Promise<CatalogueFollower> {
      const follower = await followCatalogue({
        kafka,
        topic: topicName(Topics.catalogue),
        logger: startupLog,
        groupId: `${config.SERVICE_NAME}-catalogue-${randomUUID()}`,
      });
      readinessChecks.push(
        caughtUpReadiness('catalogue', follower.caughtUp),
        membershipReadiness('catalogue-follower', follower.inGroup),
      );
      closers.push({ name: 'catalogue-follower', close: () => follower.stop() });
      return follower;
    },
    /** Publishes the store's commits to `topic` (one relay at a time across instances, by lease). */
    async relay(store: EventStore, topic: string, app: FastifyInstance) {
      const publisher = createKafkaPublisher({ kafka, topic: topicName(topic) });
      const owner = randomUUID();
      const lease = await MongoLease.create(db, { name: `${config.SERVICE_NAME}-relay`, owner, ttlMs: 10_000, clock });
      const relay = new OutboxRelay({ store, publisher, lease, logger: app.log });
      relay.start();
      closers.push(
        { name: 'kafka-publisher', close: () => publisher.disconnect() },
        { name: 'outbox-relay', close: () => relay.stop() },
      );
    },
    /**
     * Runs a policy on `topics` in the group `<SERVICE_NAME>-<name>`, from offset 0 for a new group;
     * dead letters the group left waiting are logged as an error first.
     */
    async consume(name: string, topics: readonly string[], handle: EventHandler, app: FastifyInstance) {
      const groupId = `${config.SERVICE_NAME}-${name}`;
      const deadLetterLog = await deadLettersOf(groupId, topics, app);
      const consumer = await runPolicyConsumer({
        kafka,
        groupId,
        topics: topics.map(topicName),
        handle,
        processed: createProcessedEvents(db, name, clock),
        logger: app.log,
        registry: app.metrics,
        deadLetterLog,
      });
      const watched = watchMembership(`${name}-consumer`, consumer);
      closers.push({ name: `${name}-consumer`, close: () => watched.stop() });
      return watched;
    },
    /**
     * Reads the service's own topic in the group `<SERVICE_NAME>-<name>` (`read-models` unless named)
     * and writes what its commands could not write after their commits (postCommitWrites), retried
     * with backoff, then dead-lettered. A new group reads the topic from offset 0 once (every write is
     * idempotent), so nothing published before it first joined is missed: a read model added later
     * names a group of its own to be filled from the start.
     */
    async repairReadModels(
      topic: string,
      writes: Pick<PostCommitWrites, 'repair'>,
      app: FastifyInstance,
      name = 'read-models',
    ) {
      const groupId = `${config.SERVICE_NAME}-${name}`;
      const consumer = await runConsumer({
        kafka,
        groupId,
        topics: [topicName(topic)],
        handle: (event) => writes.repair([event]),
        retry: POLICY_RETRY,
        isPermanent: isEventContractError,
        logger: app.log,
        registry: app.metrics,
        deadLetterLog: await deadLettersOf(groupId, [topic], app),
      });
      const watched = watchMembership(`${name}-consumer`, consumer);
      closers.push({ name: `${name}-consumer`, close: () => watched.stop() });
    },
    run: (app: FastifyInstance) => runService({ app, config, closers }),
    /** Closes what is connected, last first: what run() does at shutdown, for a caller that never runs. */
    async close() {
      for (const closer of [...closers].reverse()) await closer.close();
    },
  };
}
