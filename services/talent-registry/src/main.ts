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
} from '@tianfu/service-kit';
import { z } from 'zod';
import pkg from '../package.json' with { type: 'json' };
import { buildApp } from './app.ts';
import { competitionPolicy } from './application/competition-policy.ts';
import { talentStorage } from './storage.ts';

const config = loadConfigOrExit(
  baseConfigSchema.extend({
    ...personalDataConfigSchema.shape,
    SERVICE_NAME: z.string().trim().min(1).default('talent-registry'),
    MONGO_DATABASE: z
      .string()
      .regex(/^[A-Za-z0-9_]{1,60}$/, 'letters, digits and _')
      .default('talent'),
    PORT: baseConfigSchema.shape.PORT.default(4103),
  }),
);
const clock = () => new Date();

const kafka = kafkaClient(config.KAFKA_BROKERS, config.SERVICE_NAME);
const admin = kafka.admin();
const publisher = createKafkaPublisher({ kafka, topic: Topics.talent });
const startupLog = {
  warn: (details: object, msg: string) =>
    process.stderr.write(`${JSON.stringify({ level: 'warn', ...details, msg })}\n`),
};
const mongo = await connectMongo(config.MONGO_URL, startupLog);
const db = mongo.client.db(config.MONGO_DATABASE);
const { store, personalData } = await talentStorage(db, mongo.client.db('identity'), config, clock);
const lease = await MongoLease.create(db, { name: 'talent-relay', owner: randomUUID(), ttlMs: 10_000, clock });

const { app, talent } = await buildApp({
  store,
  personalData,
  authSecret: config.AUTH_JWT_SECRET,
  clock,
  version: pkg.version,
  logLevel: config.LOG_LEVEL,
  readinessChecks: [mongoReadiness(db), kafkaReadiness(admin)],
});
const relay = new OutboxRelay({ store, publisher, lease, logger: app.log });
await admin.connect();
relay.start();
const consumer = await runConsumer({
  kafka,
  groupId: `${config.SERVICE_NAME}-honours`,
  topics: [Topics.competition],
  handle: dedupe(createProcessedEvents(db, 'honours', clock), competitionPolicy(talent)),
  retry: { maxRetries: 5, initialBackoffMs: 200, maxBackoffMs: 10_000 },
  isPermanent: isEventContractError,
  logger: app.log,
  registry: app.metrics,
});

await runService({
  app,
  config,
  closers: [
    { name: 'mongodb', close: () => mongo.client.close() },
    { name: 'kafka-admin', close: () => admin.disconnect() },
    { name: 'kafka-publisher', close: () => publisher.disconnect() },
    { name: 'outbox-relay', close: () => relay.stop() },
    { name: 'honours-consumer', close: () => consumer.stop() },
  ],
});
