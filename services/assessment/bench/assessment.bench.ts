// pnpm bench:assessment — 10,000 part-score rows (5,000 candidates × theory + practical) uploaded
// as one CSV to the real service process; prints rows/s accepted (HTTP), rows/s end to end (until
// the last CandidatePassed is on Kafka), the service's peak memory, and the raw baseline of the
// same run: one MongoDB insert of the commit's events plus a raw kafkajs send of them.
// Targets: >= 2,000 rows/s end to end; service memory < 300 MiB during the upload.
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Topics } from '@tianfu/contracts';
import { createKafkaPublisher, ensureTopics, kafkaClient } from '@tianfu/messaging';
import { DEV_JWT_SECRET, type Principal, signToken } from '@tianfu/service-kit';
import {
  catalogueEnvelopes,
  freePort,
  rate,
  report,
  residentIdNumber,
  startService,
  tapTopic,
  testCatalogueEvents,
  timed,
  uniqueName,
  writeBenchResult,
} from '@tianfu/testing';
import { MongoClient } from 'mongodb';
import { type Send, setUpSession } from '../test/session-setup.ts';

const CANDIDATES = 5_000;
const ROWS = 2 * CANDIDATES;
const EVENTS = ROWS + CANDIDATES + 1;
const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const mongoUrl = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017/?directConnection=true';
const database = uniqueName('bench_assessment');
const address = '513301';
// The service under test publishes and consumes its own topics, never the platform's.
const topicPrefix = `${uniqueName('bench-assessment')
  .toLowerCase()
  .replace(/[^a-z0-9-]/g, '-')}.`;
const kafka = kafkaClient(brokers, 'bench-assessment');
const setup = kafka.admin();
await setup.connect();
await ensureTopics(
  setup,
  [Topics.assessment, Topics.certification, Topics.catalogue].map((t) => topicPrefix + t),
);
await setup.disconnect();
// The service files and judges by the catalogue it holds from its topic: the test catalogue has 电工 2018.
const catalogue = createKafkaPublisher({ kafka, topic: topicPrefix + Topics.catalogue });
await catalogue.publish(catalogueEnvelopes(testCatalogueEvents));
await catalogue.disconnect();

const service = await startService(fileURLToPath(new URL('..', import.meta.url)), {
  KAFKA_TOPIC_PREFIX: topicPrefix,
  PORT: String(await freePort()),
  KAFKA_BROKERS: brokers.join(','),
  MONGO_URL: mongoUrl,
  MONGO_DATABASE: database,
  AUTH_JWT_SECRET: DEV_JWT_SECRET,
  LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
});

const send =
  (contentType: string): Send =>
  async (method, url, payload, headers) => {
    const body = typeof payload === 'string' ? payload : JSON.stringify(payload);
    const response = await fetch(service.url + url, {
      method,
      body,
      headers: { ...headers, 'content-type': contentType },
    });
    if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${(await response.text()).slice(0, 400)}`);
    return response.json();
  };

process.stderr.write('setting up\n');
// Real time for the real service's clock; the tests' fixed clock would give expired tokens.
const sign = async (principal: Principal) => ({
  authorization: `Bearer ${await signToken({ secret: DEV_JWT_SECRET, principal, now: () => new Date() })}`,
});
const session = await setUpSession(send('application/json'), address, 'level3', sign);
const csv = send('text/csv');
const upload = (kind: string, text: string) =>
  csv('POST', `/v1/sessions/${session.sessionId}/${kind}.csv`, text as unknown as object, session.token);
const idOf = (i: number) => residentIdNumber(i, address);
const enrolments = ['idNumber,name,yearsInOccupation,heldLevel,heldLevelSince']
  .concat(Array.from({ length: CANDIDATES }, (_, i) => `${idOf(i)},工人${i},6,level4,2019-05-01`))
  .join('\n');
process.stderr.write('enrolling\n');
const enrolMs = await timed(() => upload('candidates', enrolments));

const scores = ['idNumber,part,score']
  .concat(
    Array.from({ length: CANDIDATES }, (_, i) => [
      `${idOf(i)},theory,${60 + (i % 40)}`,
      `${idOf(i)},practical,75`,
    ]).flat(),
  )
  .join('\n');
const tap = await tapTopic(
  kafka,
  topicPrefix + Topics.assessment,
  (v) => v.includes('CandidatePassed') && v.includes(session.sessionId),
);
const idleMiB = await service.rssMiB();
let peakMiB = idleMiB;
const sampler = setInterval(async () => {
  peakMiB = Math.max(peakMiB, await service.rssMiB().catch(() => 0));
}, 50);
process.stderr.write('uploading scores\n');
const started = performance.now();
await upload('scores', scores);
const acceptedMs = performance.now() - started;
process.stderr.write('waiting for Kafka\n');
await tap.waitFor(CANDIDATES);
const endToEndMs = performance.now() - started;
clearInterval(sampler);
await tap.stop();
await service.stop();

// Raw baseline, same run: the commit's events as one insert (one JSON text, as the event store
// writes them), then sent with a bare kafkajs producer.
const client = await MongoClient.connect(mongoUrl);
const db = client.db(database);
const event = (n: number) => ({
  eventId: randomUUID(),
  type: 'assessment.PartScoreRecorded',
  schemaVersion: 1,
  streamId: `session-${session.sessionId}`,
  revision: 3,
  occurredAt: new Date().toISOString(),
  recordedAt: new Date().toISOString(),
  actor: { kind: 'user', id: `${session.bodyId}-clerk` },
  correlationId: randomUUID(),
  causationId: null,
  workerId: n.toString(16).padStart(64, '0'),
  data: {
    sessionId: session.sessionId,
    candidateId: String(n).padStart(5, '0'),
    part: 'theory',
    score: 75,
    recordedAt: new Date().toISOString(),
  },
});
const events = Array.from({ length: EVENTS }, (_, n) => event(n));
const rawInsertMs = await timed(() =>
  db.collection('raw').insertOne({ _id: randomUUID() as never, events: JSON.stringify(events) }),
);
const topic = uniqueName('bench-raw');
const admin = kafka.admin();
await admin.connect();
await ensureTopics(admin, [topic]);
await admin.disconnect();
const producer = kafka.producer();
await producer.connect();
const rawSendMs = await timed(async () => {
  for (let i = 0; i < events.length; i += 1_000) {
    const messages = events.slice(i, i + 1_000).map((e) => ({ key: e.workerId, value: JSON.stringify(e) }));
    await producer.send(topic, messages);
  }
});
await producer.disconnect();
await db.dropDatabase();
await client.close();

const rawRowsPerSecond = rate(ROWS, rawInsertMs + rawSendMs);
report(`assessment bench: ${ROWS} score rows (${CANDIDATES} candidates) in one CSV, ${EVENTS} events`, [
  ['enrolment sheet', rate(CANDIDATES, enrolMs), 'rows/s (5,000 enrolments, set-up)'],
  ['accepted (HTTP)', rate(ROWS, acceptedMs), 'rows/s'],
  ['end to end', rate(ROWS, endToEndMs), 'rows/s (target >= 2,000)', rate(ROWS, endToEndMs) / rawRowsPerSecond],
  ['raw insert+send', rawRowsPerSecond, 'rows/s (same events, bare driver + Kafka producer)'],
]);
process.stdout.write(`last CandidatePassed on Kafka ${(endToEndMs / 1000).toFixed(2)} s after the upload began\n`);
process.stdout.write(
  `service peak RSS during the upload ${peakMiB.toFixed(0)} MiB (target < 300; ${idleMiB.toFixed(0)} MiB before it)\n`,
);
await writeBenchResult(`${ROWS} score rows (${CANDIDATES} candidates) in one CSV, ${EVENTS} events`, [
  { name: 'enrolment sheet (set-up)', value: rate(CANDIDATES, enrolMs), unit: 'rows/s' },
  { name: 'accepted (HTTP)', value: rate(ROWS, acceptedMs), unit: 'rows/s' },
  {
    name: 'end to end',
    value: rate(ROWS, endToEndMs),
    unit: 'rows/s',
    baseline: { name: 'raw insert+send', value: rawRowsPerSecond },
    target: { of: 'value', atLeast: 2_000 },
  },
  { name: 'service peak RSS during the upload', value: peakMiB, unit: 'MiB', target: { of: 'value', atMost: 300 } },
]);
process.exit(0);
