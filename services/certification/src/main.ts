import { randomUUID } from 'node:crypto';
import { isEventContractError, Topics } from '@tianfu/contracts';
import { MongoLease, OutboxRelay } from '@tianfu/eventstore';
import { createKafkaPublisher, createProcessedEvents, dedupe, kafkaClient, runConsumer } from '@tianfu/messaging';
import {
  baseConfigSchema,
  connectMongo,
  kafkaReadiness,
  loadConfigOrExit,
  mongoReadiness,
  personalDataConfigSchema,
  runService,
  signingKeyConfigSchema,
} from '@tianfu/service-kit';
import { z } from 'zod';
import pkg from '../package.json' with { type: 'json' };
import { buildApp } from './app.ts';
import { certificationStorage } from './storage.ts';

const config = loadConfigOrExit(
  baseConfigSchema.extend({
    ...personalDataConfigSchema.shape,
    ...signingKeyConfigSchema.shape,
    SERVICE_NAME: z.string().trim().min(1).default('certification'),
    MONGO_DATABASE: z
      .string()
      .regex(/^[A-Za-z0-9_]{1,60}$/, 'letters, digits and _')
      .default('certification'),
    PORT: baseConfigSchema.shape.PORT.default(4102),
    PUBLIC_BASE_URL: z.url().default('http://127.0.0.1:4102'),
    VERIFY_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(60),
    ISSUE_FROM_TOPICS: z.enum(['on', 'off']).default('on'),
    STATUS_LIST_ID: z
      .string()
      .regex(/^[a-z0-9-]{1,40}$/, 'lower-case letters, digits and -')
      .default('l1'),
  }),
);
const clock = () => new Date();

const kafka = kafkaClient(config.KAFKA_BROKERS, config.SERVICE_NAME);
const admin = kafka.admin();
const publisher = createKafkaPublisher({ kafka, topic: Topics.certification });
const startupLog = {
  warn: (details: object, msg: string) =>
    process.stderr.write(`${JSON.stringify({ level: 'warn', ...details, msg })}\n`),
};
const mongo = await connectMongo(config.MONGO_URL, startupLog);
const db = mongo.client.db(config.MONGO_DATABASE);
const storage = await certificationStorage(db, mongo.client.db('identity'), config, clock);
const lease = await MongoLease.create(db, {
  name: 'certification-relay',
  owner: randomUUID(),
  ttlMs: 10_000,
  clock,
});

const { app, policy } = await buildApp({
  storage,
  baseUrl: config.PUBLIC_BASE_URL.replace(/\/$/, ''),
  statusListId: config.STATUS_LIST_ID,
  verifyPerMinute: config.VERIFY_RATE_LIMIT_PER_MINUTE,
  authSecret: config.AUTH_JWT_SECRET,
  clock,
  version: pkg.version,
  logLevel: config.LOG_LEVEL,
  readinessChecks: [mongoReadiness(db), kafkaReadiness(admin)],
});
const relay = new OutboxRelay({ store: storage.store, publisher, lease, logger: app.log });
await admin.connect();
relay.start();

// A verification-only instance (scaled out for the public, or the bench) issues nothing.
const consumer =
  config.ISSUE_FROM_TOPICS === 'on'
    ? await runConsumer({
        kafka,
        groupId: `${config.SERVICE_NAME}-issuance`,
        topics: [Topics.assessment, Topics.competition, Topics.talent],
        handle: dedupe(createProcessedEvents(db, 'issuance', clock), policy),
        retry: { maxRetries: 5, initialBackoffMs: 200, maxBackoffMs: 10_000 },
        isPermanent: isEventContractError,
        logger: app.log,
        registry: app.metrics,
      })
    : null;
// Another instance may have rotated the signing keys.
const keyRefresh = setInterval(
  () => void storage.keys.refresh().catch((error) => app.log.warn({ error }, 'key refresh failed')),
  60_000,
);
keyRefresh.unref();

await runService({
  app,
  config,
  closers: [
    { name: 'mongodb', close: () => mongo.client.close() },
    { name: 'kafka-admin', close: () => admin.disconnect() },
    { name: 'kafka-publisher', close: () => publisher.disconnect() },
    { name: 'outbox-relay', close: () => relay.stop() },
    ...(consumer ? [{ name: 'issuance-consumer', close: () => consumer.stop() }] : []),
    { name: 'key-refresh', close: async () => clearInterval(keyRefresh) },
  ],
});
