// pnpm bench:eventstore — appends/s beside raw insertOne/s, and relay commits/s beside raw kafkajs
// send/s of the same payloads, all measured in this one run against the servers in
// KAFKA_BROKERS / MONGO_URL (the local stack by default). Targets: append >= 70% of raw
// insert; relay >= 50% of raw send. "catch-up": the relay publishes commits appended while it
// was away (a sweep, then batches), so it reads every commit once: the raw find rate of the same
// documents is printed too, because on FerretDB that read, not Kafka, bounds the relay. "live": it
// runs while the 8 writers append, timed until the last is published; it cannot go faster than
// the appends it follows, so it is set beside them (and its lag behind the last append), not
// beside the raw send.
import { randomUUID } from 'node:crypto';
import { createKafkaPublisher, ensureTopics, kafkaClient } from '@tianfu/messaging';
import { rate, report, timed, uniqueName, waitUntil, writeBenchResult } from '@tianfu/testing';
import { type Db, MongoClient } from 'mongodb';
import { MongoEventStore } from '../src/mongo-store.ts';
import { soleLease } from '../src/relay/lease.ts';
import { type EventPublisher, OutboxRelay } from '../src/relay/outbox-relay.ts';
import type { Commit } from '../src/types.ts';

const WRITERS = 8;
const STREAMS = 1_000;
const COMMITS = Number(process.env.BENCH_COMMITS ?? 4_000);
const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const mongoUrl = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017/?directConnection=true';
const deps = { clock: () => new Date(), newId: randomUUID, schemaVersions: { latestVersion: () => 1 } };
const payload = (n: number) => ({
  type: 'bench.Happened',
  data: { n, note: 'x'.repeat(200) },
  workerId: `worker-${n}`,
});

/** Writer w appends commits w, w+8, …; stream = n mod 1,000, so each writer knows its revisions. */
async function eightWriters(work: (n: number) => Promise<unknown>): Promise<void> {
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, w) => {
      for (let n = w; n < COMMITS; n += WRITERS) await work(n);
    }),
  );
}

const appendOne = (store: MongoEventStore, n: number) =>
  store.append(`stream-${n % STREAMS}`, [payload(n)], {
    expectedRevision: Math.floor(n / STREAMS),
    actor: { kind: 'system', id: 'bench' },
    correlationId: 'bench',
  });

async function appendRates(db: Db, store: MongoEventStore) {
  const sample = await store.append('bench-sample', [payload(0)], {
    expectedRevision: 0,
    actor: { kind: 'system', id: 'bench' },
    correlationId: 'bench',
  });
  const rawDoc = { events: sample.events, committedAt: new Date().toISOString(), publishedAt: null };
  const raw = db.collection('raw_inserts');
  const rawRun = (round: number) =>
    timed(() => eightWriters((n) => raw.insertOne({ _id: `raw:${round}:${n}` as never, ...rawDoc })));
  // Raw inserts before and after the appends; the faster is the baseline, so warm-up cannot flatter.
  const rawBefore = await rawRun(1);
  const appendMs = await timed(() => eightWriters((n) => appendOne(store, n)));
  const rawMs = Math.min(rawBefore, await rawRun(2));
  return { raw: rate(COMMITS, rawMs), append: rate(COMMITS, appendMs) };
}

/**
 * Commits/s from the first append until the relay, running alongside, has published the last;
 * the appends' own rate; and how long after the last append the last commit was on Kafka.
 */
async function liveRelay(db: Db, publisher: EventPublisher) {
  const store = await MongoEventStore.create(db, deps, 'commits_live');
  let published = 0;
  const counting: EventPublisher = {
    publish: async (events) => {
      await publisher.publish(events);
      published += events.length;
    },
  };
  const relay = new OutboxRelay({ store, publisher: counting, lease: soleLease, logger: console });
  relay.start();
  const appendMs = await timed(() => eightWriters((n) => appendOne(store, n)));
  const lagMs = await timed(() =>
    waitUntil(
      () => published,
      (n) => n >= COMMITS,
      { timeoutMs: 600_000, intervalMs: 5, what: 'the relay' },
    ),
  );
  await relay.stop();
  return { rate: rate(COMMITS, appendMs + lagMs), appends: rate(COMMITS, appendMs), lagMs };
}

async function relayRates(db: Db, store: MongoEventStore, commits: Commit[]) {
  const kafka = kafkaClient(brokers, 'bench');
  const admin = kafka.admin();
  await admin.connect();
  const [rawTopic, relayTopic] = [uniqueName('bench.raw'), uniqueName('bench.relay')];
  await ensureTopics(admin, [rawTopic, relayTopic]);
  const raw = createKafkaPublisher({ kafka, topic: rawTopic });
  const relayPublisher = createKafkaPublisher({ kafka, topic: relayTopic });
  await Promise.all([raw.connect(), relayPublisher.connect()]);
  const events = commits.flatMap((c) => c.events);
  const rawMs = await timed(async () => {
    for (let i = 0; i < events.length; i += 500) await raw.publish(events.slice(i, i + 500));
  });
  const relay = new OutboxRelay({ store, publisher: relayPublisher, lease: soleLease, logger: console });
  const relayMs = await timed(async () => {
    while ((await relay.drainOnce()) > 0);
  });
  const live = await liveRelay(db, relayPublisher);
  await Promise.all([raw.disconnect(), relayPublisher.disconnect()]);
  await admin.deleteTopics({ topics: [rawTopic, relayTopic] });
  await admin.disconnect();
  return { raw: rate(events.length, rawMs), relay: rate(commits.length, relayMs), live };
}

const client = await MongoClient.connect(mongoUrl);
const db = client.db(uniqueName('bench'));
try {
  const flavour = 'ferretdbVersion' in (await db.admin().command({ buildInfo: 1 })) ? 'FerretDB' : 'MongoDB';
  const store = await MongoEventStore.create(db, deps);
  const appends = await appendRates(db, store);
  const readMs = await timed(() => db.collection('commits').find().toArray());
  const unpublished = await store.unpublished(COMMITS + 1);
  const relays = await relayRates(db, store, unpublished);
  report(`eventstore bench: ${COMMITS} single-event commits, ${WRITERS} writers, ${STREAMS} streams, ${flavour}`, [
    ['raw insertOne', appends.raw, 'docs/s'],
    ['append', appends.append, 'commits/s', appends.append / appends.raw, 0.7],
    ['raw kafkajs send', relays.raw, 'msgs/s'],
    ['relay (catch-up)', relays.relay, 'commits/s', relays.relay / relays.raw, 0.5],
    ['live appends', relays.live.appends, 'commits/s (what the live relay follows)'],
    ['relay (live)', relays.live.rate, 'commits/s', relays.live.rate / relays.live.appends],
    ['raw find (all)', rate(COMMITS, readMs), 'docs/s'],
  ]);
  process.stdout.write(
    `relay (live): the last commit was on Kafka ${relays.live.lagMs.toFixed(0)} ms after the last append\n`,
  );
  const rawSend = { name: 'raw kafkajs send', value: relays.raw };
  await writeBenchResult(`${COMMITS} single-event commits, ${WRITERS} writers, ${STREAMS} streams, ${flavour}`, [
    {
      name: 'append',
      value: appends.append,
      unit: 'commits/s',
      baseline: { name: 'raw insertOne', value: appends.raw },
      target: { of: 'ratio', atLeast: 0.7 },
    },
    {
      name: 'relay (catch-up)',
      value: relays.relay,
      unit: 'commits/s',
      baseline: rawSend,
      target: { of: 'ratio', atLeast: 0.5 },
    },
    {
      name: 'relay (live)',
      value: relays.live.rate,
      unit: 'commits/s',
      baseline: { name: 'live appends', value: relays.live.appends },
    },
    { name: 'relay (live) lag after the last append', value: relays.live.lagMs, unit: 'ms' },
    { name: 'raw find (all)', value: rate(COMMITS, readMs), unit: 'docs/s' },
  ]);
} finally {
  await db.dropDatabase();
  await client.close();
}
