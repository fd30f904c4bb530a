import { createKafkaPublisher, runConsumer } from '@tianfu/messaging';
import { createMetricsRegistry, personalDataConfigSchema } from '@tianfu/service-kit';
import { createTestTopic, testKafka, uniqueName } from '@tianfu/testing';
import type { Db } from 'mongodb';
import { buildApp } from '../src/app.ts';
import { careerPolicy } from '../src/application/career-policy.ts';
import { careerStorage } from '../src/storage.ts';
import { testAppDeps } from './test-app-deps.ts';

const silent = { info: () => {}, warn: () => {}, error: () => {} };

/**
 * Career's app and its projection reading a test topic of training's events, wired as main.ts wires
 * them; each handled event's id is pushed to `handled`, so a test can wait for its deliveries.
 */
export async function careerOnTrainingTopic(
  db: Db,
  name: string,
  secret: string,
  clock: () => Date,
  handled: string[],
) {
  const topic = await createTestTopic('training');
  const storage = await careerStorage(db, db, personalDataConfigSchema.parse({}), clock);
  const { app } = await buildApp({ storage, ...testAppDeps(db, secret, clock) });
  const policy = careerPolicy(storage.readSide(), storage.groupCounts);
  const consumer = await runConsumer({
    kafka: testKafka(`${name}-consumer`),
    groupId: uniqueName(name),
    topics: [topic],
    handle: async (event) => {
      await policy(event);
      handled.push(event.eventId);
    },
    retry: { maxRetries: 2, initialBackoffMs: 10, maxBackoffMs: 100 },
    logger: silent,
    registry: createMetricsRegistry(),
    maxWaitTimeMs: 100,
  });
  const publisher = createKafkaPublisher({ kafka: testKafka(name), topic });
  const close = async () => {
    await consumer.stop();
    await publisher.disconnect();
    await app.close();
  };
  return { app, storage, publisher, close };
}
