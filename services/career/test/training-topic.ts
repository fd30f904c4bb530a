import type { EventEnvelope } from '@tianfu/contracts';
import { createKafkaPublisher, runConsumer } from '@tianfu/messaging';
import { createMetricsRegistry, type Principal, personalDataConfigSchema, signToken } from '@tianfu/service-kit';
import { createTestTopic, testKafka, uniqueName, useTestDatabase, waitUntil } from '@tianfu/testing';
import type { Db } from 'mongodb';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../src/app.ts';
import { careerPolicy } from '../src/application/career-policy.ts';
import { careerStorage } from '../src/storage.ts';
import { recordedPolicy } from './recorded-policy.ts';
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
    handle: recordedPolicy(policy, handled),
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

const SECRET = 'career-training-test-secret-at-least-32-chars!';

/**
 * A test file's career on a training test topic (careerOnTrainingTopic), on a database of its own,
 * started before its tests and closed after: `publishAndWait` publishes events and waits until each
 * delivery is handled; `get` reads a route as `principal` (hr unless told), `headersFor` signs for one.
 */
export function useCareerOnTrainingTopic(name: string, clock: () => Date) {
  const db = useTestDatabase(name);
  const handled: string[] = [];
  let career: Awaited<ReturnType<typeof careerOnTrainingTopic>> | undefined;
  beforeAll(async () => {
    career = await careerOnTrainingTopic(db(), name, SECRET, clock, handled);
  }, 120_000);
  afterAll(() => career?.close(), 60_000);
  const started = () => {
    if (career === undefined) throw new Error(`${name}: career did not start`);
    return career;
  };
  const publishAndWait = async (events: readonly EventEnvelope[]) => {
    const before = handled.length;
    await started().publisher.publish(events);
    await waitUntil(
      () => handled.length,
      (n) => n >= before + events.length,
      { what: `${events.length} training events handled` },
    );
  };
  const headersFor = async (principal: Omit<Principal, 'sub'>) => ({
    authorization: `Bearer ${await signToken({ secret: SECRET, principal: { sub: 'u', ...principal }, now: clock })}`,
  });
  const get = async (url: string, principal: Omit<Principal, 'sub'> = { role: 'hr' }) =>
    started().app.inject({ method: 'GET', url, headers: await headersFor(principal) });
  return { db, started, handled, publishAndWait, get, headersFor };
}
