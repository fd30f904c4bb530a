// pnpm bench:verify — the public verification endpoint (POST /v1/verify, number + name) of the
// real certification process with 100,000 certificates stored, loaded with autocannon on
// loopback: p50/p99 latency and req/s at a fixed 1,000 req/s, then at saturation. The raw
// baselines of the same run (raw-verify-server.ts) are node:http answering from one MongoDB
// read by _id, and node:http answering from a Map of every record (the floor for any server).
// Targets: p99 <= 10 ms at 1,000 req/s on one instance; saturation >= 3,000 req/s; the medians
// of a hit, a miss and a wrong name within 0.5 ms of each other (verify-timing.ts).
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { DEV_JWT_SECRET } from '@tianfu/service-kit';
import { freePort, startService, timed, uniqueName, writeBenchResult } from '@tianfu/testing';
import autocannon from 'autocannon';
import { MongoClient } from 'mongodb';
import type { CertificateRecord } from '../src/application/certificate-records.ts';
import { benchName, benchNumber, seedRecords } from './seed-records.ts';
import { verifyTiming } from './verify-timing.ts';

const CERTIFICATES = Number(process.env.BENCH_CERTIFICATES ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const TIMING_CALLS = Number(process.env.BENCH_TIMING_CALLS ?? 2_000);
const serviceDir = fileURLToPath(new URL('..', import.meta.url));
const mongoUrl = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017/?directConnection=true';
const database = uniqueName('bench_verify');
const client = await MongoClient.connect(mongoUrl);
const db = client.db(database);

const seedMs = await timed(() => seedRecords(db.collection<CertificateRecord>('certificates'), CERTIFICATES));
process.stdout.write(`stored ${CERTIFICATES} certificates in ${(seedMs / 1000).toFixed(1)} s\n`);

async function startRaw(mode: 'db' | 'memory'): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'bench/raw-verify-server.ts'], {
    cwd: serviceDir,
    env: { ...process.env, PORT: String(port), MONGO_URL: mongoUrl, MONGO_DATABASE: database, RAW_MODE: mode },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await once(child.stdout as NodeJS.ReadableStream, 'data');
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

interface Load {
  readonly p50: number;
  readonly p99: number;
  readonly perSecond: number;
  readonly failed: number;
}

/** Each request verifies a random stored certificate with its holder's name. */
async function load(url: string, connections: number, overallRate?: number): Promise<Load> {
  const result = await autocannon({
    url: `${url}/v1/verify`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections,
    duration: SECONDS,
    ...(overallRate ? { overallRate } : {}),
    requests: [
      {
        setupRequest: (request) => {
          const i = Math.floor(Math.random() * CERTIFICATES);
          return { ...request, body: JSON.stringify({ certificateNo: benchNumber(i), name: benchName(i) }) };
        },
      },
    ],
  });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    perSecond: result.requests.average,
    failed: result.non2xx + result.errors + result.timeouts,
  };
}

async function measure(url: string): Promise<{ fixed: Load; saturation: Load }> {
  await load(url, 8, 500); // warm-up: connections, JIT, the server's caches
  return { fixed: await load(url, 16, 1_000), saturation: await load(url, 32) };
}

const startedAt = performance.now();
const service = await startService(
  serviceDir,
  {
    PORT: String(await freePort()),
    MONGO_URL: mongoUrl,
    MONGO_DATABASE: database,
    KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
    AUTH_JWT_SECRET: DEV_JWT_SECRET,
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
    ISSUE_FROM_TOPICS: 'off',
    // The bench is one client: the per-client limit would measure 429s.
    VERIFY_RATE_LIMIT_PER_MINUTE: '1000000000',
  },
  // Ready once every stored certificate is in the verification index: a full read of the collection.
  600_000,
);
const readySeconds = (performance.now() - startedAt) / 1000;
const sample = await fetch(`${service.url}/v1/verify`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ certificateNo: benchNumber(1), name: benchName(1) }),
}).then((r) => r.json() as Promise<{ result: string }>);
if (sample.result !== 'valid') throw new Error(`a stored certificate did not verify: ${JSON.stringify(sample)}`);

const timing = await verifyTiming(service.url, CERTIFICATES, TIMING_CALLS);
const ours = await measure(service.url);
const rssMiB = await service.rssMiB();
await service.stop();
const rawDb = await startRaw('db');
const readPerRequest = await measure(rawDb.url);
await rawDb.stop();
const rawMemory = await startRaw('memory');
const baseline = await measure(rawMemory.url);
await rawMemory.stop();
await db.dropDatabase();
await client.close();

const line = (name: string, l: Load, base: Load) =>
  `${name.padEnd(28)} p50 ${l.p50.toFixed(1).padStart(5)} ms  p99 ${l.p99.toFixed(1).padStart(5)} ms  ` +
  `${l.perSecond.toFixed(0).padStart(6)} req/s  (${((l.perSecond / base.perSecond) * 100).toFixed(0)}% of raw; ` +
  `raw p99 ${base.p99.toFixed(1)} ms)${l.failed > 0 ? `  ${l.failed} failed` : ''}`;
process.stdout.write(
  [
    `POST /v1/verify, ${CERTIFICATES} certificates stored, ${SECONDS} s per load, service RSS ${rssMiB.toFixed(0)} MiB, ` +
      `ready ${readySeconds.toFixed(1)} s after start`,
    line('fixed 1,000 req/s', ours.fixed, baseline.fixed),
    line('saturation (32 connections)', ours.saturation, baseline.saturation),
    line('raw, Map: fixed 1,000 req/s', baseline.fixed, baseline.fixed),
    line('raw, Map: saturation', baseline.saturation, baseline.saturation),
    line('raw, DB read: fixed', readPerRequest.fixed, baseline.fixed),
    line('raw, DB read: saturation', readPerRequest.saturation, baseline.saturation),
    `medians of ${TIMING_CALLS} calls each: hit ${timing.hit.toFixed(2)} ms, miss ${timing.miss.toFixed(2)} ms, ` +
      `wrong name ${timing.wrongName.toFixed(2)} ms (spread ${timing.spread.toFixed(2)} ms)`,
    `targets: p99 <= 10 ms at 1,000 req/s (${ours.fixed.p99 <= 10 ? 'met' : 'NOT met'}); ` +
      `saturation >= 3,000 req/s (${ours.saturation.perSecond >= 3_000 ? 'met' : 'NOT met'}); ` +
      `hit/miss/wrong-name medians within 0.5 ms (${timing.spread <= 0.5 ? 'met' : 'NOT met'})`,
    '',
  ].join('\n'),
);
const raw = (name: string, value: number) => ({ name: `raw, Map: ${name}`, value });
await writeBenchResult(`POST /v1/verify, ${CERTIFICATES} certificates stored, ${SECONDS} s per load`, [
  { name: 'p50 at 1,000 req/s', value: ours.fixed.p50, unit: 'ms', baseline: raw('p50', baseline.fixed.p50) },
  {
    name: 'p99 at 1,000 req/s',
    value: ours.fixed.p99,
    unit: 'ms',
    baseline: raw('p99', baseline.fixed.p99),
    target: { of: 'value', atMost: 10 },
  },
  {
    name: 'saturation (32 connections)',
    value: ours.saturation.perSecond,
    unit: 'req/s',
    baseline: raw('saturation', baseline.saturation.perSecond),
    target: { of: 'value', atLeast: 3_000 },
  },
  { name: 'start until ready (every certificate in the index)', value: readySeconds, unit: 's' },
  { name: `median of ${TIMING_CALLS} hits`, value: timing.hit, unit: 'ms' },
  { name: `median of ${TIMING_CALLS} misses`, value: timing.miss, unit: 'ms' },
  { name: `median of ${TIMING_CALLS} wrong names`, value: timing.wrongName, unit: 'ms' },
  {
    name: 'spread of the hit, miss and wrong-name medians',
    value: timing.spread,
    unit: 'ms',
    target: { of: 'value', atMost: 0.5 },
  },
  {
    name: 'failed requests',
    value: ours.fixed.failed + ours.saturation.failed,
    unit: 'requests',
    target: { of: 'value', atMost: 0 },
  },
]);
