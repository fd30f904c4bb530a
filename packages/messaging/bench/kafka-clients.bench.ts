// pnpm bench:kafka-clients — the Kafka clients behind messaging's port, one after another on the
// same broker (KAFKA_BROKERS, the local stack by default), each on a fresh topic of the platform's
// settings (6 partitions, kept for ever): relay-like, BENCH_MESSAGES envelopes keyed by worker
// published in batches of 500 through the outbox publisher; projection-like, a new group reading
// them back from offset 0, parsing each envelope. msgs/s and the p99 latency per batch. The
// kafkajs figures are the baseline of the others.
import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@tianfu/contracts';
import { report, uniqueName, writeBenchResult } from '@tianfu/testing';
import { ensureTopics, KAFKA_CLIENTS, type KafkaClientName, kafkaClient } from '../src/index.ts';
import { consumeRun, produceRun, type RunFigures } from './client-runs.ts';

const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 30_000);
const BATCH = 500;
const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');

const at = new Date().toISOString();
const events: EventEnvelope[] = Array.from({ length: MESSAGES }, (_, n) => ({
  eventId: randomUUID(),
  type: 'bench.Happened',
  schemaVersion: 1,
  streamId: `stream-${n % 1_000}`,
  revision: Math.floor(n / 1_000) + 1,
  occurredAt: at,
  recordedAt: at,
  actor: { kind: 'system', id: 'bench' },
  correlationId: randomUUID(),
  causationId: null,
  workerId: `worker-${n % 1_000}`,
  data: { n, note: 'x'.repeat(300) },
}));

async function measure(name: KafkaClientName): Promise<{ produce: RunFigures; consume: RunFigures }> {
  const kafka = kafkaClient(brokers, `bench-${name}`, name);
  const admin = kafka.admin();
  await admin.connect();
  const topic = uniqueName(`bench.clients.${name}`);
  await ensureTopics(admin, [topic]);
  try {
    const produce = await produceRun(kafka, topic, events, BATCH);
    const consume = await consumeRun(kafka, topic, MESSAGES);
    return { produce, consume };
  } finally {
    await admin.deleteTopics({ topics: [topic] });
    await admin.disconnect();
  }
}

const results = new Map<KafkaClientName, { produce: RunFigures; consume: RunFigures }>();
for (const name of KAFKA_CLIENTS) results.set(name, await measure(name));
const base = results.get('kafkajs');
if (base === undefined) throw new Error('kafkajs was not measured');

const title = `${MESSAGES} envelopes (~0.6 KB, 1,000 keys) on 6 partitions, batches of ${BATCH}`;
report(
  `kafka clients bench: ${title}`,
  [...results].flatMap(([name, r]): [string, number, string, number?][] => [
    [
      `${name} produce`,
      r.produce.perSecond,
      `msgs/s (p99 batch ${r.produce.p99Ms.toFixed(1)} ms)`,
      r.produce.perSecond / base.produce.perSecond,
    ],
    [
      `${name} consume`,
      r.consume.perSecond,
      `msgs/s (p99 batch ${r.consume.p99Ms.toFixed(1)} ms)`,
      r.consume.perSecond / base.consume.perSecond,
    ],
  ]),
);
await writeBenchResult(
  title,
  [...results].flatMap(([name, r]) => [
    {
      name: `${name} produce (relay-like)`,
      value: r.produce.perSecond,
      unit: 'msgs/s',
      ...(name !== 'kafkajs' && { baseline: { name: 'kafkajs produce', value: base.produce.perSecond } }),
    },
    { name: `${name} produce p99 per batch of ${BATCH}`, value: r.produce.p99Ms, unit: 'ms' },
    {
      name: `${name} consume (projection-like)`,
      value: r.consume.perSecond,
      unit: 'msgs/s',
      ...(name !== 'kafkajs' && { baseline: { name: 'kafkajs consume', value: base.consume.perSecond } }),
    },
    { name: `${name} consume p99 wait per batch`, value: r.consume.p99Ms, unit: 'ms' },
  ]),
);
