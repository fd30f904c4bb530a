// pnpm bench:training — the training service as its own process on its own topics and database:
// 1. 10,000 enrolment rows as CSV — ten sheets of 1,000, since a class takes at most 1,000 — from
//    the first upload until the last TraineeEnrolled is on Kafka, with the service's peak RSS
//    (targets >= 2,000 rows/s, < 300 MiB);
// 2. 100,000 attendance sign-ins (a hundred classes of 1,000, one sign-in sheet each, after their
//    100,000 enrolments as set-up) until the last AttendanceSignedIn is on Kafka (target >= 5,000/s);
// 3. career (its own process on the same topics), started once the uploads are done so that the two
//    services do not share the machine's cores while training is measured: how long it takes to
//    catch up with the whole backlog, its rate, then its memory per worker with a training record.
// Each beside its raw baseline of the same run: a bare insertMany + kafkajs send of as many events
// of the same shape, and the same facts in a plain Map. Everything it creates is removed at the end.
import { fileURLToPath } from 'node:url';
import { allTopics, Topics, usccCheckChar } from '@tianfu/contracts';
import { createKafkaPublisher, ensureTopics, kafkaClient } from '@tianfu/messaging';
import { DEV_JWT_SECRET, type Principal, signToken } from '@tianfu/service-kit';
import {
  catalogueEnvelopes,
  freePort,
  rate,
  startService,
  tapTopic,
  testCatalogueEvents,
  timed,
  uniqueName,
  writeBenchResult,
} from '@tianfu/testing';
import { MongoClient } from 'mongodb';
import { enrolmentSheet, nextWeeksClass, providerBody, signInSheet, startingSoon } from './bench-sheets.ts';
import { rawBytesPerWorker, recordShown } from './career-memory.ts';
import { rawEvents, rawInsertAndSend } from './raw-baseline.ts';

const CLASS_SIZE = 1_000;
const sized = (name: string, full: number): number => Number(process.env[name] ?? full);
// Smaller runs for a busy machine: BENCH_ENROL_CLASSES and BENCH_SIGN_IN_CLASSES (of 1,000 each).
const ENROL_CLASSES = sized('BENCH_ENROL_CLASSES', 10);
const ROWS = CLASS_SIZE * ENROL_CLASSES;
const SIGN_IN_CLASSES = sized('BENCH_SIGN_IN_CLASSES', 100);
const SIGN_INS = CLASS_SIZE * SIGN_IN_CLASSES;
const WORKERS = ROWS + SIGN_INS;
const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const mongoUrl = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017/?directConnection=true';
const log = (line: string) => process.stderr.write(`${line}\n`);
const run = uniqueName('bench_training');
// Worker keys too: the service and career share keys of their own, dropped with the rest, so a run never meets another's workers.
const databases = { training: run, career: `${run}_career`, raw: `${run}_raw`, identity: `${run}_identity` };
const topicPrefix = `${run.toLowerCase().replace(/[^a-z0-9-]/g, '-')}.`;
const topics = allTopics().map((t) => topicPrefix + t);
const kafka = kafkaClient(brokers, 'bench-training');
const admin = kafka.admin();
await admin.connect();
await ensureTopics(admin, topics);
const catalogue = createKafkaPublisher({ kafka, topic: topicPrefix + Topics.catalogue });
await catalogue.publish(catalogueEnvelopes(testCatalogueEvents));
await catalogue.disconnect();

const env = async (database: string) => ({
  KAFKA_TOPIC_PREFIX: topicPrefix,
  PORT: String(await freePort()),
  KAFKA_BROKERS: brokers.join(','),
  MONGO_URL: mongoUrl,
  MONGO_DATABASE: database,
  IDENTITY_DATABASE: databases.identity,
  AUTH_JWT_SECRET: DEV_JWT_SECRET,
  LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
});
const service = await startService(fileURLToPath(new URL('..', import.meta.url)), await env(databases.training));
const careerDir = fileURLToPath(new URL('../../career', import.meta.url));
const careerEnv = await env(databases.career);
// Career at rest, before any training event: what its memory per worker is counted from.
const resting = await startService(careerDir, careerEnv);
const careerIdleMiB = await resting.rssMiB();
await resting.stop();
const startedPids = [service.pid];
// A bench that fails leaves no service of its own running.
process.once('exit', () => {
  for (const pid of startedPids) {
    try {
      process.kill(pid);
    } catch {
      // Stopped already.
    }
  }
});

const bearer = async (principal: Principal) => ({
  authorization: `Bearer ${await signToken({ secret: DEV_JWT_SECRET, principal, now: () => new Date() })}`,
});
async function send(path: string, body: string, contentType: string): Promise<unknown> {
  const headers = { ...(await bearer({ sub: 'bench-office', role: 'training-office' })), 'content-type': contentType };
  const answer = await fetch(service.url + path, { method: 'POST', body, headers });
  if (!answer.ok) throw new Error(`POST ${path}: ${answer.status} ${(await answer.text()).slice(0, 400)}`);
  return answer.json();
}
const post = (path: string, body: object) => send(path, JSON.stringify(body), 'application/json');
const upload = (classId: string, sheet: 'enrolments' | 'sign-ins', csv: string) =>
  send(`/v1/classes/${classId}/${sheet}.csv`, csv, 'text/csv');

log('registering the provider and filing the classes');
const providerId = 'bench-provider';
const first17 = '12510100MB0BENCH0';
await post('/v1/providers', providerBody(providerId, `${first17}${usccCheckChar(first17)}`));
const enrolClasses = Array.from({ length: ENROL_CLASSES }, (_, k) => `bench-enrol-${k}`);
for (const classId of enrolClasses)
  await post(`/v1/providers/${providerId}/classes`, nextWeeksClass(classId, CLASS_SIZE));
const signInClasses: ReturnType<typeof startingSoon>[] = [];
for (let k = 0; k < SIGN_IN_CLASSES; k += 1) {
  signInClasses.push(startingSoon(`bench-sign-in-${k}`, CLASS_SIZE));
  await post(`/v1/providers/${providerId}/classes`, signInClasses[k]?.body ?? {});
}

log(`uploading ${ROWS} enrolment rows in ${ENROL_CLASSES} sheets`);
const trainingTopic = topicPrefix + Topics.training;
const enrolled = await tapTopic(
  kafka,
  trainingTopic,
  (v) => v.includes('TraineeEnrolled') && v.includes('bench-enrol-'),
);
const idleMiB = await service.rssMiB();
let peakMiB = idleMiB;
const sampler = setInterval(async () => {
  peakMiB = Math.max(peakMiB, await service.rssMiB().catch(() => 0));
}, 50);
const started = performance.now();
for (const [k, classId] of enrolClasses.entries())
  await upload(classId, 'enrolments', enrolmentSheet(CLASS_SIZE * k, CLASS_SIZE));
const acceptedMs = performance.now() - started;
await enrolled.waitFor(ROWS);
const enrolEndMs = performance.now() - started;
clearInterval(sampler);
await enrolled.stop();

log(`set-up: ${SIGN_INS} enrolments in ${SIGN_IN_CLASSES} classes`);
const setUpMs = await timed(async () => {
  for (const [k, { body }] of signInClasses.entries())
    await upload(body.classId, 'enrolments', enrolmentSheet(ROWS + CLASS_SIZE * k, CLASS_SIZE));
});
const startsAt = Date.parse(signInClasses.at(-1)?.startsAt ?? '');
await new Promise((resolve) => setTimeout(resolve, Math.max(0, startsAt - Date.now() + 1_000)));

log(`uploading ${SIGN_INS} sign-ins`);
let lastWorker = '';
const signed = await tapTopic(kafka, trainingTopic, (v) => {
  if (!v.includes('AttendanceSignedIn')) return false;
  lastWorker = (JSON.parse(v) as { workerId: string }).workerId;
  return true;
});
const signInStarted = performance.now();
for (const [k, { body, startsAt: at }] of signInClasses.entries())
  await upload(body.classId, 'sign-ins', signInSheet(ROWS + CLASS_SIZE * k, CLASS_SIZE, at));
await signed.waitFor(SIGN_INS);
const signInEndMs = performance.now() - signInStarted;
await signed.stop();
await service.stop();
log(
  `enrolment: ${rate(ROWS, enrolEndMs).toFixed(0)} rows/s, peak RSS ${peakMiB.toFixed(0)} MiB; sign-ins: ${rate(SIGN_INS, signInEndMs).toFixed(0)}/s`,
);

// Career starts on the whole backlog: how long until it shows the last worker's record is its
// catch-up, the events it handled meanwhile its rate. A career that does not catch up within the
// limit is a figure too (no memory is measured then), not a failed bench.
const careerLimitMs = sized('BENCH_CAREER_LIMIT_S', 600) * 1000;
const career = await startService(careerDir, careerEnv);
startedPids.push(career.pid);
log("career started on the backlog: waiting for it to show the last worker's training record");
const careerWaitMs = await timed(() =>
  recordShown(career, lastWorker, signInClasses.at(-1)?.body.classId ?? '', careerLimitMs).catch((error: unknown) =>
    log(String(error)),
  ),
);
const careerCaughtUp = careerWaitMs < careerLimitMs;
const trainingEvents = ROWS + 2 * SIGN_INS;
const careerRate = rate(trainingEvents, careerWaitMs);
await new Promise((resolve) => setTimeout(resolve, 5_000));
const careerBytesPerWorker = (((await career.rssMiB()) - careerIdleMiB) * 1024 * 1024) / WORKERS;
await career.stop();

log('raw baselines');
const mongo = await MongoClient.connect(mongoUrl);
const raw = mongo.db(databases.raw);
const sealed = `g1.${'0'.repeat(36)}.${'C'.repeat(16)}.${'D'.repeat(22)}.cnVyYWw`;
const enrolment = (n: number) => ({
  classId: 'bench-enrol-0',
  providerId,
  enrolmentId: String(n + 1).padStart(5, '0'),
  workerId: n.toString(16).padStart(64, '0'),
  holderName: sealed,
  targetGroups: sealed,
  voucherId: null,
  enrolledAt: new Date().toISOString(),
});
const rawEnrolMs = await rawInsertAndSend(
  raw,
  kafka,
  rawEvents('training.TraineeEnrolled', ROWS + ENROL_CLASSES, enrolment),
);
const signIn = (n: number) => ({
  ...enrolment(n),
  sittingId: 's1',
  signedAt: new Date().toISOString(),
  source: 'sheet',
});
const rawSignInMs = await rawInsertAndSend(raw, kafka, rawEvents('training.AttendanceSignedIn', SIGN_INS, signIn));
const rawBytes = rawBytesPerWorker(WORKERS, (n) => ({ ...enrolment(n), date: '2026-12-07', factId: `f${n}` }));
for (const database of Object.values(databases)) await mongo.db(database).dropDatabase();
await mongo.close();
await admin.deleteTopics({ topics });
await admin.disconnect();

const figures = {
  accepted: rate(ROWS, acceptedMs),
  enrolEnd: rate(ROWS, enrolEndMs),
  rawEnrol: rate(ROWS, rawEnrolMs),
  signIns: rate(SIGN_INS, signInEndMs),
  rawSignIns: rate(SIGN_INS, rawSignInMs),
};
process.stdout.write(
  `${[
    `enrolment sheet: ${figures.accepted.toFixed(0)} rows/s accepted, ${figures.enrolEnd.toFixed(0)} rows/s end to end (raw ${figures.rawEnrol.toFixed(0)}), peak RSS ${peakMiB.toFixed(0)} MiB (${idleMiB.toFixed(0)} before)`,
    `set-up: ${rate(SIGN_INS, setUpMs).toFixed(0)} enrolments/s`,
    `sign-ins: ${figures.signIns.toFixed(0)}/s end to end (raw ${figures.rawSignIns.toFixed(0)}/s)`,
    careerCaughtUp
      ? `career: caught up with ${trainingEvents} training events in ${(careerWaitMs / 1000).toFixed(1)} s, ${careerRate.toFixed(0)} events/s; ${careerBytesPerWorker.toFixed(0)} bytes of RSS per worker with a training record (raw Map ${rawBytes.toFixed(0)})`
      : `career: not caught up ${careerLimitMs / 1000} s after it started`,
  ].join('\n')}\n`,
);
await writeBenchResult(
  `${ROWS} enrolment rows in ${ENROL_CLASSES} CSVs of ${CLASS_SIZE} (a class's most); ${SIGN_INS} sign-ins in ${SIGN_IN_CLASSES} sheets; career with ${WORKERS} trainees`,
  [
    { name: 'enrolment sheet accepted (HTTP)', value: figures.accepted, unit: 'rows/s' },
    {
      name: 'enrolment sheet end to end',
      value: figures.enrolEnd,
      unit: 'rows/s',
      baseline: { name: 'raw insertMany+send', value: figures.rawEnrol },
      target: { of: 'value', atLeast: 2_000 },
    },
    { name: 'service peak RSS during the upload', value: peakMiB, unit: 'MiB', target: { of: 'value', atMost: 300 } },
    { name: 'enrolment sheets (set-up)', value: rate(SIGN_INS, setUpMs), unit: 'rows/s' },
    {
      name: 'sign-ins end to end',
      value: figures.signIns,
      unit: 'sign-ins/s',
      baseline: { name: 'raw insertMany+send', value: figures.rawSignIns },
      target: { of: 'value', atLeast: 5_000 },
    },
    {
      name: 'career catching up with the backlog',
      value: careerWaitMs / 1000,
      unit: careerCaughtUp ? 's' : 's (not caught up)',
    },
    ...(careerCaughtUp
      ? [
          { name: 'career training events handled catching up', value: careerRate, unit: 'events/s' },
          {
            name: 'career RSS per worker with a training record',
            value: careerBytesPerWorker,
            unit: 'bytes',
            baseline: { name: 'raw Map of the facts', value: rawBytes },
          },
        ]
      : []),
  ],
);
process.exit(0);
