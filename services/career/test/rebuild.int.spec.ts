import { isDeepStrictEqual } from 'node:util';
import type { EventEnvelope } from '@tianfu/contracts';
import {
  createKafkaPublisher,
  createProcessedEvents,
  type KafkaAdmin,
  type KafkaPublisher,
  runPolicyConsumer,
} from '@tianfu/messaging';
import { type App, type Principal, personalDataConfigSchema, signToken } from '@tianfu/service-kit';
import { createTestTopic, testKafka, uniqueName, useTestDatabase, waitUntil } from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { careerPolicy } from '../src/application/career-policy.ts';
import type { LiveConsumers } from '../src/application/rebuild/active-projection.ts';
import { type CareerRebuild, careerRebuild } from '../src/application/rebuild/career-rebuild.ts';
import { captureRanges, committedOffsets } from '../src/application/rebuild/kafka-offsets.ts';
import { groupLag } from '../src/application/rebuild/partition-ranges.ts';
import { type ReplicaGroups, replicaGroups } from '../src/application/rebuild/replica-groups.ts';
import type { TrainingGroupCounts } from '../src/application/training-group-counts.ts';
import { type CareerStorage, careerStorage } from '../src/storage.ts';
import { issued, population, type TopicEvents, workerIdOf } from './rebuild-fixtures.ts';
import { testAppDeps } from './test-app-deps.ts';

const SECRET = 'career-rebuild-test-secret-at-least-32-chars';
const silent = { info: () => {}, warn: () => {}, error: () => {} };
const db = useTestDatabase('career-rebuild');
const prefix = uniqueName('career');
const setGroup = (set: string) => `${prefix}-projection-${set}`;
/** The group of the first instance, replica `a`. */
const groupOf = (set: string) => `${setGroup(set)}-a`;
const kafka = testKafka('career-rebuild-test');
const admin: KafkaAdmin = kafka.admin();
const WORKERS = 40;

let topics: Record<keyof TopicEvents, string>;
let publishers: Record<keyof TopicEvents, KafkaPublisher>;
let storage: CareerStorage;
let app: App;
let other: { storage: CareerStorage; app: App };
const instances: { storage: CareerStorage; rebuild: CareerRebuild; app: App }[] = [];

const publish = async (events: Partial<TopicEvents>) => {
  for (const [name, list] of Object.entries(events) as [keyof TopicEvents, EventEnvelope[]][])
    await publishers[name].publish(list);
};
const lagOf = async (group: string) =>
  groupLag(
    await captureRanges(admin, Object.values(topics)),
    await committedOffsets(admin, group, Object.values(topics)),
  );

const clock = () => new Date('2025-06-01T00:00:00.000Z');
const live = (app: App, replicas: ReplicaGroups, groups: TrainingGroupCounts): LiveConsumers => ({
  start: (side) =>
    runPolicyConsumer({
      kafka,
      groupId: replicas.groupOf(side.set),
      topics: Object.values(topics),
      handle: careerPolicy(side, groups),
      processed: createProcessedEvents(db(), replicas.groupOf(side.set), clock),
      logger: silent,
      registry: app.metrics,
      maxWaitTimeMs: 100,
    }),
  groupOf: replicas.groupOf,
});

/** One instance of the service, replica `replica`: its own read side in memory, following the pointer. */
async function startInstance(withRebuild: boolean, replica: string) {
  const replicas = replicaGroups(kafka, setGroup, replica, Object.values(topics));
  const storage = await careerStorage(db(), db(), personalDataConfigSchema.parse({}), clock, replicas.claim);
  const rebuild = careerRebuild({
    db: db(),
    kafka,
    topics: Object.values(topics),
    scatteredTopics: [topics.competition],
    projection: storage.projection,
    pointer: storage.pointer,
    today: storage.today,
    clock,
    catchUpPollMs: 100,
  });
  const deps = {
    storage,
    ...testAppDeps(db(), SECRET, clock),
  } as const;
  const { app } = await buildApp(withRebuild ? { ...deps, rebuild } : deps);
  await storage.projection.run(live(app, replicas, storage.groupCounts), silent, 100);
  instances.push({ storage, rebuild, app });
  return { storage, rebuild, app };
}

beforeAll(async () => {
  await admin.connect();
  const created: Partial<Record<keyof TopicEvents, string>> = {};
  for (const name of ['certification', 'talent', 'assessment', 'competition'] as const)
    created[name] = await createTestTopic(`rebuild-${name}`);
  topics = created as Record<keyof TopicEvents, string>;
  publishers = Object.fromEntries(
    Object.entries(topics).map(([name, topic]) => [name, createKafkaPublisher({ kafka, topic })]),
  ) as Record<keyof TopicEvents, KafkaPublisher>;
  ({ storage, app } = await startInstance(true, 'a'));
  await publish(population(WORKERS));
  // The live policy costs several round trips an event: on a busy machine this takes a while.
  await waitUntil(
    () => lagOf(groupOf('v1')),
    (lag) => lag === 0,
    {
      what: 'the live consumer of v1 caught up',
      timeoutMs: 150_000,
      intervalMs: 250,
    },
  );
  // A second instance, started now, loads v1 from the database and follows every partition in a group of its own.
  other = await startInstance(false, 'b');
}, 240_000);

afterAll(async () => {
  for (const instance of instances) {
    await instance.rebuild.stop();
    await instance.storage.projection.stop();
    await instance.app.close();
  }
  await Promise.all(Object.values(publishers ?? {}).map((p) => p.disconnect()));
  await admin.disconnect();
}, 60_000);

const bearer = async (role: Principal['role']) =>
  `Bearer ${await signToken({ secret: SECRET, principal: { sub: `${role}-1`, role }, now: clock })}`;
const request = async (method: 'GET' | 'POST', url: string, role: Principal['role'] = 'hr', on = app) =>
  on.inject({ method, url, headers: { authorization: await bearer(role) } });

// Each reads only what the events published during the rebuild (another occupation, in 2025) leave alone.
const queries = [
  '/v1/talent-pool?occupation=6-31&limit=100',
  '/v1/talent-pool?occupation=6-31&minLevel=level3&sort=level',
  '/v1/talent-pool?occupation=6-31&medal=gold',
  '/v1/indicators?from=2019-01-01&to=2024-12-31',
  ...[0, 3, 14].map((n) => `/v1/workers/${workerIdOf(n)}/ladder`),
];
const answers = async (on = app) => {
  const responses = await Promise.all(queries.map((url) => request('GET', url, 'hr', on)));
  return responses.map((r, i) => ({ url: queries[i], status: r.statusCode, body: r.json() }));
};

/** Each worker's 五级 welder certificate (published meanwhile) shows on every instance's ladder. */
async function expectOnEveryInstance(workerIds: readonly string[]) {
  for (const on of [app, other.app])
    for (const workerId of workerIds) {
      const ladder = await waitUntil(
        () => request('GET', `/v1/workers/${workerId}/ladder`, 'hr', on),
        // 404 until the worker's first fact arrives.
        (r) => r.statusCode === 200 && r.json().highest !== null,
        { what: `worker ${workerId.slice(-3)} on every instance` },
      );
      expect(ladder.json().highest).toEqual({ level: 'level5', occupationCode: '6-18-02-04' });
    }
}

describe('career instances, each a replica of the projection', () => {
  it('a new instance starts its group where the first stands, then both show a worker whatever partition they are on', async () => {
    const committed = (group: string) => committedOffsets(admin, group, Object.values(topics));
    expect(await committed(`${setGroup('v1')}-b`)).toEqual(await committed(groupOf('v1')));
    expect(await answers(other.app)).toEqual(await answers());
    // Spread over the partitions: with one group shared, each instance would see only its own.
    const arrivals = [200, 201, 202, 203, 204, 205].map(workerIdOf);
    await publish({
      certification: arrivals.map((w, i) => issued(w, 950 + i, 'level5', '2025-04-01', '6-18-02-04').event),
    });
    await expectOnEveryInstance(arrivals);
  }, 60_000);
});

describe('career rebuild with an atomic swap', () => {
  it('answers every query identically from the old set, then the new one, while the rebuild runs', async () => {
    const before = await answers();
    expect(before.every((a) => a.status === 200)).toBe(true);
    expect(before[0]?.body.total).toBe(WORKERS);
    const setsSeen = new Set<string>();
    const mismatches: unknown[] = [];
    let stopped = false;
    let rounds = 0;
    const loop = (async () => {
      while (!stopped) {
        setsSeen.add(storage.readSide().set);
        // Deep equality: facet keys come in the order the set met the workers, which a replay changes.
        for (const [i, answer] of (await answers()).entries())
          if (!isDeepStrictEqual(answer, before[i])) mismatches.push(answer);
        rounds += 1;
      }
    })();

    expect((await request('POST', '/v1/admin/rebuild', 'hr')).statusCode).toBe(403);
    const started = await request('POST', '/v1/admin/rebuild', 'admin');
    expect(started.statusCode, started.body).toBe(202);
    const { set, total } = started.json();
    expect(set).toMatch(/^v2_[0-9a-f]{6}$/);
    const again = await request('POST', '/v1/admin/rebuild', 'admin');
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
    expect(again.json()).toMatchObject({ code: 'REBUILD_RUNNING' });

    // After the watermarks were taken: the new set's live consumer brings these in.
    const newcomers = [100, 101, 102].map(workerIdOf);
    await publish({
      certification: newcomers.map((w, i) => issued(w, 900 + i, 'level5', '2025-03-01', '6-18-02-04').event),
    });
    const progress = await waitUntil(
      async () => (await request('GET', '/v1/admin/rebuild', 'admin')).json(),
      (p) => p.state === 'done' || p.state === 'failed',
      { what: 'the rebuild to finish', timeoutMs: 90_000 },
    );
    stopped = true;
    await loop;

    expect(progress).toMatchObject({ state: 'done', set, events: total, lag: 0, error: null });
    expect(storage.readSide().set).toBe(set);
    expect(await storage.pointer.active()).toEqual({ epoch: 2, set });
    expect(mismatches).toEqual([]);
    expect(rounds).toBeGreaterThan(0);
    expect(setsSeen).toContain('v1');
    expect(await answers()).toEqual(before);
    // The other instance polls the pointer, loads the new set and answers the same.
    await waitUntil(
      () => other.storage.readSide().set,
      (active) => active === set,
      { what: 'the other instance to switch' },
    );
    expect(await answers(other.app)).toEqual(before);
    await expectOnEveryInstance(newcomers);
  }, 120_000);

  it('shows the rebuild and the live consumers’ lag on /metrics', async () => {
    const { set, events } = (await request('GET', '/v1/admin/rebuild', 'admin')).json();
    const metrics = (await request('GET', '/metrics', 'ops')).body;
    expect(metrics).toContain(`tianfu_career_rebuild_events ${events}`);
    expect(metrics).toContain('tianfu_career_rebuild_state{state="done"} 1');
    expect(metrics).toContain('tianfu_career_rebuild_lag 0');
    expect(metrics).toMatch(/tianfu_career_rebuild_events_per_second \d+/);
    expect(metrics).toContain(`tianfu_consumer_lag{group="${groupOf(set)}"`);
    expect(metrics).not.toContain(`tianfu_consumer_lag{group="${groupOf('v1')}"`);
  });
});
