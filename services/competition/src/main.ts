import { randomUUID } from 'node:crypto';
import { Topics } from '@tianfu/contracts';
import { MongoLease, OutboxRelay } from '@tianfu/eventstore';
import { createKafkaPublisher, kafkaClient } from '@tianfu/messaging';
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
import { competitionStorage } from './storage.ts';

const config = loadConfigOrExit(
  baseConfigSchema.extend({
    ...personalDataConfigSchema.shape,
    SERVICE_NAME: z.string().trim().min(1).default('competition'),
    MONGO_DATABASE: z
      .string()
      .regex(/^[A-Za-z0-9_]{1,60}$/, 'letters, digits and _')
      .default('competition'),
    PORT: baseConfigSchema.shape.PORT.default(4104),
  }),
);
const clock = () => new Date();

const kafka = kafkaClient(config.KAFKA_BROKERS, config.SERVICE_NAME);
const admin = kafka.admin();
const publisher = createKafkaPublisher({ kafka, topic: Topics.competition });
// The app's logger needs the store, which needs the connection: this one warning goes to stderr as JSON.
const startupLog = {
  warn: (details: object, msg: string) =>
    process.stderr.write(`${JSON.stringify({ level: 'warn', ...details, msg })}\n`),
};
const mongo = await connectMongo(config.MONGO_URL, startupLog);
const db = mongo.client.db(config.MONGO_DATABASE);
const storage = await competitionStorage(db, mongo.client.db('identity'), config, clock);
const lease = await MongoLease.create(db, { name: 'competition-relay', owner: randomUUID(), ttlMs: 10_000, clock });

const app = await buildApp({
  storage,
  authSecret: config.AUTH_JWT_SECRET,
  clock,
  version: pkg.version,
  logLevel: config.LOG_LEVEL,
  readinessChecks: [mongoReadiness(db), kafkaReadiness(admin)],
});
const relay = new OutboxRelay({ store: storage.store, publisher, lease, logger: app.log });
await admin.connect();
relay.start();

await runService({
  app,
  config,
  closers: [
    { name: 'mongodb', close: () => mongo.client.close() },
    { name: 'kafka-admin', close: () => admin.disconnect() },
    { name: 'kafka-publisher', close: () => publisher.disconnect() },
    { name: 'outbox-relay', close: () => relay.stop() },
  ],
});
