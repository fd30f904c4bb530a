import { randomUUID } from 'node:crypto';
import { Topics } from '@tianfu/contracts';
import { MongoLease, OutboxRelay } from '@tianfu/eventstore';
import { createKafkaPublisher, createProcessedEvents, kafkaClient } from '@tianfu/messaging';
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
import { runCertificateFactsPolicy } from './application/certificate-facts-policy.ts';
import { recordingOutcomes } from './application/outcome-facts.ts';
import { assessmentStorage } from './storage.ts';

const config = loadConfigOrExit(
  baseConfigSchema.extend({
    ...personalDataConfigSchema.shape,
    SERVICE_NAME: z.string().trim().min(1).default('assessment'),
    // A benchmark or a second instance on one server runs in a database of its own.
    MONGO_DATABASE: z
      .string()
      .regex(/^[A-Za-z0-9_]{1,60}$/, 'letters, digits and _')
      .default('assessment'),
    PORT: baseConfigSchema.shape.PORT.default(4101),
  }),
);
const clock = () => new Date();

const kafka = kafkaClient(config.KAFKA_BROKERS, config.SERVICE_NAME);
const admin = kafka.admin();
const publisher = createKafkaPublisher({ kafka, topic: Topics.assessment });
// The app's logger needs the store, which needs the connection: this one warning goes to stderr as JSON.
const startupLog = {
  warn: (details: object, msg: string) =>
    process.stderr.write(`${JSON.stringify({ level: 'warn', ...details, msg })}\n`),
};
const mongo = await connectMongo(config.MONGO_URL, startupLog);
const db = mongo.client.db(config.MONGO_DATABASE);
const { store, directory, personalData, known, outcomes, certificates } = await assessmentStorage(
  db,
  mongo.client.db('identity'),
  config,
  clock,
);
const lease = await MongoLease.create(db, { name: 'assessment-relay', owner: randomUUID(), ttlMs: 10_000, clock });

const app = await buildApp({
  store,
  directory,
  personalData,
  known,
  authSecret: config.AUTH_JWT_SECRET,
  clock,
  version: pkg.version,
  logLevel: config.LOG_LEVEL,
  readinessChecks: [mongoReadiness(db), kafkaReadiness(admin)],
});
// A commit counts as published only once its outcomes are stored: that repairs a crash after an append.
const relay = new OutboxRelay({ store, publisher: recordingOutcomes(outcomes, publisher), lease, logger: app.log });
await admin.connect();
relay.start();

const certificateConsumer = await runCertificateFactsPolicy({
  kafka,
  topic: Topics.certification,
  groupId: `${config.SERVICE_NAME}-certificate-facts`,
  facts: certificates,
  processed: createProcessedEvents(db, 'certificate-facts', clock),
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
    { name: 'certificate-facts-consumer', close: () => certificateConsumer.stop() },
  ],
});
