import { deadLetterTopic, type EventEnvelope, type SealedTargetGroups, type WorkerId } from '@tianfu/contracts';
import {
  createDeadLetterLog,
  createKafkaPublisher,
  createProcessedEvents,
  dedupe,
  ensureTopics,
  PROCESSED_EVENTS_COLLECTION,
  type RunningConsumer,
  runPolicyConsumer,
} from '@tianfu/messaging';
import { createMetricsRegistry, personalDataConfigSchema } from '@tianfu/service-kit';
import { createTestTopic, testKafka, uniqueName, useTestDatabase, waitUntil } from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { careerPolicy } from '../src/application/career-policy.ts';
import { type CareerStorage, careerStorage } from '../src/storage.ts';
import { classFiled, providerRegistered, traineeEnrolled, traineeOutcome } from './training-samples.ts';

const warned: string[] = [];
const logger = { info: () => {}, warn: (_: object, message: string) => warned.push(message), error: () => {} };
const db = useTestDatabase('career-runs');
const clock = () => new Date('2025-06-01T00:00:00.000Z');
const kafka = testKafka('career-runs');
const consumers: RunningConsumer[] = [];
let storage: CareerStorage;

beforeAll(async () => {
  storage = await careerStorage(db(), db(), personalDataConfigSchema.parse({}), clock);
}, 60_000);
afterAll(async () => {
  await Promise.all(consumers.map((c) => c.stop()));
}, 60_000);

/** The projection's consumer as main.ts runs it (marks, dead letters), in a group of its own on `topic`. */
async function consume(topic: string, group: string) {
  const registry = createMetricsRegistry();
  const deadLetterLog = createDeadLetterLog(db(), registry, clock);
  await deadLetterLog.load(group, [topic]);
  consumers.push(
    await runPolicyConsumer({
      kafka,
      groupId: group,
      topics: [topic],
      handle: careerPolicy(storage.readSide(), storage.groupCounts),
      processed: createProcessedEvents(db(), group, clock),
      logger,
      registry,
      maxWaitTimeMs: 100,
      deadLetterLog,
    }),
  );
}

const marks = (group: string) =>
  db()
    .collection<{ _id: string }>(PROCESSED_EVENTS_COLLECTION)
    .countDocuments({ _id: { $regex: `^${group}:` } });
const waitForMarks = (group: string, count: number) =>
  waitUntil(
    () => marks(group),
    (n) => n >= count,
    { what: `${count} events marked by ${group}`, timeoutMs: 60_000 },
  );

/** A class of two trainees, one completing, all keyed by the class (one partition, so one run); the completer's groups sealed. */
async function classRun(classId: string, first: WorkerId, second: WorkerId): Promise<EventEnvelope[]> {
  const [groups] = (await storage.vault.sealTargetGroups([{ workerId: first, groups: ['rural-migrant'] }])) as [
    SealedTargetGroups,
  ];
  return [
    providerRegistered(`p-${classId}`, '511300'),
    classFiled(classId, `p-${classId}`),
    traineeEnrolled(classId, `p-${classId}`, '00001', first, groups),
    traineeEnrolled(classId, `p-${classId}`, '00002', second),
    traineeOutcome(classId, `p-${classId}`, '00001', first, `PX-${classId}-00001`),
  ].map((e) => ({ ...e, streamId: `class-${classId}`, workerId: null }));
}

const recordOf = async (workerId: string) => (await storage.readSide().facts.factsOf(workerId)).length;
const countOf = (classId: string) =>
  db().collection<{ _id: string }>('training_group_counts').findOne({ _id: classId });

describe('the live projection takes a run of events at once', () => {
  it('applies a run once when it comes again after a crash that left it written but not marked', async () => {
    const [first, second] = ['e1'.repeat(32), 'e2'.repeat(32)] as WorkerId[];
    const run = await classRun('k-crash', first as WorkerId, second as WorkerId);
    const group = uniqueName('career-runs');
    // The crash: every write of the run done, then the process dies before its marks.
    const dying = createProcessedEvents(db(), group, clock);
    const crashed = dedupe(
      {
        ...dying,
        markAll: async () => {
          throw new Error('the process died before the marks');
        },
      },
      careerPolicy(storage.readSide(), storage.groupCounts),
    );
    await expect(crashed.handleAll?.(run)).rejects.toThrow('died');
    expect(await marks(group)).toBe(0);

    const topic = await createTestTopic('career-runs');
    const publisher = createKafkaPublisher({ kafka, topic });
    await publisher.publish(run);
    await consume(topic, group);
    await waitForMarks(group, run.length);
    // And a relay's retry of the whole run: skipped by the marks.
    await publisher.publish(run.map((e) => ({ ...e })));
    await waitUntil(
      async () => (await storage.readSide().summaries.refresh(first as string)).factCount,
      (n) => n === 2,
      { what: "the completer's summary" },
    );
    await publisher.disconnect();

    expect(await recordOf(first as string)).toBe(2);
    expect(await recordOf(second as string)).toBe(1);
    expect(storage.readSide().index.entry(first as string)?.summary).toMatchObject({
      factCount: 2,
      trainings: [{ classId: 'k-crash', completedOn: '2024-03-04' }],
    });
    expect(await countOf('k-crash')).toEqual({
      _id: 'k-crash',
      completedOn: '2024-03-04',
      counted: ['00001'],
      migrantWorkers: 1,
    });
  }, 120_000);

  it('dead-letters an event that breaks its contract and applies the rest of its run', async () => {
    const [first, second] = ['e3'.repeat(32), 'e4'.repeat(32)] as WorkerId[];
    const [provider, filed, enrolled, other, outcome] = await classRun(
      'k-poison',
      first as WorkerId,
      second as WorkerId,
    );
    const poison = { ...(other as EventEnvelope), data: { classId: 'k-poison', enrolmentId: '00002' } };
    const run = [provider, filed, enrolled, poison, outcome] as EventEnvelope[];
    const topic = await createTestTopic('career-poison');
    const admin = kafka.admin();
    await admin.connect();
    await ensureTopics(admin, [deadLetterTopic(topic)]);
    await admin.disconnect();
    const group = uniqueName('career-poison');
    const publisher = createKafkaPublisher({ kafka, topic });
    await publisher.publish(run);
    await publisher.disconnect();
    await consume(topic, group);
    await waitForMarks(group, run.length - 1);

    const letters = await waitUntil(
      () => db().collection('dead_letters').find({ group }).toArray(),
      (found) => found.length > 0,
      { what: 'the dead letter recorded' },
    );
    expect(letters.map((l) => [l.eventId, l.errorCode])).toEqual([[poison.eventId, expect.any(String)]]);
    // The run failed as a whole, then went message by message.
    expect(warned).toContain('a run of events failed; handling them one at a time');
    expect(await recordOf(first as string)).toBe(2);
    expect(await recordOf(second as string)).toBe(0);
    expect(await countOf('k-poison')).toMatchObject({ counted: ['00001'], migrantWorkers: 1 });
  }, 120_000);
});
