import { isEventContractError, Topics } from '@tianfu/contracts';
import { createProcessedEvents, dedupe, kafkaClient, runConsumer } from '@tianfu/messaging';
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
import { careerPolicy } from './application/career-policy.ts';
import { careerStorage } from './storage.ts';

const config = loadConfigOrExit(
  baseConfigSchema.extend({
    ...personalDataConfigSchema.shape,
    SERVICE_NAME: z.string().trim().min(1).default('career'),
    MONGO_DATABASE: z
      .string()
      .regex(/^[A-Za-z0-9_]{1,60}$/, 'letters, digits and _')
      .default('career'),
    PORT: baseConfigSchema.shape.PORT.default(4105),
  }),
);
const clock = () => new Date();

const kafka = kafkaClient(config.KAFKA_BROKERS, config.SERVICE_NAME);
const admin = kafka.admin();
const startupLog = {
  warn: (details: object, msg: string) =>
    process.stderr.write(`${JSON.stringify({ level: 'warn', ...details, msg })}\n`),
};
const mongo = await connectMongo(config.MONGO_URL, startupLog);
const db = mongo.client.db(config.MONGO_DATABASE);
const storage = await careerStorage(db, mongo.client.db('identity'), config, clock);

const app = await buildApp({
  storage,
  authSecret: config.AUTH_JWT_SECRET,
  clock,
  version: pkg.version,
  logLevel: config.LOG_LEVEL,
  readinessChecks: [mongoReadiness(db), kafkaReadiness(admin)],
});
await admin.connect();
// Topics keep everything (retention.ms=-1): a new group reads from offset 0 and builds the whole read side.
const consumer = await runConsumer({
  kafka,
  groupId: `${config.SERVICE_NAME}-projection`,
  topics: [Topics.certification, Topics.talent],
  handle: dedupe(createProcessedEvents(db, 'career', clock), careerPolicy(storage.facts, storage.summaries)),
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
    { name: 'projection-consumer', close: () => consumer.stop() },
  ],
});
