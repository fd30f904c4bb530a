// pnpm bench:subsidy — the subsidy service as its own process, on its own topics and database:
// 1. set-up: 1,000,000 prior 技能提升补贴 claims on record (200,000 insured claimants of five
//    approved claims each, judged once by the real judge and copied per worker straight into the
//    service's commits and claim index, as the store keeps them), each claimant holding a new
//    certificate to claim for;
// 2. decision latency: 2,000 claims one at a time over HTTP, each for another claimant (target p99 <= 20 ms);
// 3. claim rate: 100,000 claims by 16 concurrent clients (target >= 2,000 claims/s), with the
//    service's RSS and heap before and after, per claimant who claimed;
// each beside its raw baseline of the same run: a bare driver reading and writing what a claim
// needs at least (raw-baseline.ts), one at a time and by as many clients. Everything it creates is
// removed at the end. Smaller runs: BENCH_PRIOR_CLAIMS, BENCH_CLAIMS, BENCH_LATENCY_CLAIMS, BENCH_CLIENTS.
import { fileURLToPath } from 'node:url';
import { allTopics, Topics } from '@tianfu/contracts';
import { createKafkaPublisher, ensureTopics, kafkaClient } from '@tianfu/messaging';
import { DEV_JWT_SECRET, type Principal, signToken } from '@tianfu/service-kit';
import {
  catalogueEnvelopes,
  freePort,
  rate,
  startService,
  testCatalogueEvents,
  timed,
  uniqueName,
  writeBenchResult,
} from '@tianfu/testing';
import { MongoClient } from 'mongodb';
import { certificateNoOf, claimantTemplate, NEW_CLAIM, PRIORS_PER_CLAIMANT, workerOf } from './bench-claimants.ts';
import { claimOverHttp, type LoadFigures, runClaims } from './claim-load.ts';
import { rawClaim } from './raw-baseline.ts';
import { seedClaimants } from './seed-store.ts';
import { serviceMemory } from './service-memory.ts';

const sized = (name: string, full: number): number => Number(process.env[name] ?? full);
const PRIOR_CLAIMS = sized('BENCH_PRIOR_CLAIMS', 1_000_000);
const CLAIMS = sized('BENCH_CLAIMS', 100_000);
const LATENCY_CLAIMS = sized('BENCH_LATENCY_CLAIMS', 2_000);
const CLIENTS = sized('BENCH_CLIENTS', 16);
const CLAIMANTS = Math.ceil(PRIOR_CLAIMS / PRIORS_PER_CLAIMANT);
/** The raw baseline's claims, on claimants the service never claims for. */
const RAW = { latency: Math.min(LATENCY_CLAIMS, 1_000), claims: Math.min(CLAIMS, 20_000) };
const WARM_UP = 200;
if (WARM_UP + LATENCY_CLAIMS + CLAIMS + RAW.latency + RAW.claims > CLAIMANTS)
  throw new Error(`${CLAIMANTS} claimants are too few for the claims asked: raise BENCH_PRIOR_CLAIMS`);
const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const mongoUrl = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017/?directConnection=true';
const benchStart = performance.now();
const log = (line: string) =>
  process.stderr.write(`[${((performance.now() - benchStart) / 1000).toFixed(0)} s] ${line}\n`);
const run = uniqueName('bench_subsidy');
const databases = { subsidy: run, raw: `${run}_raw`, identity: `${run}_identity` };
const topicPrefix = `${run.toLowerCase().replace(/[^a-z0-9-]/g, '-')}.`;
const topics = allTopics().map((t) => topicPrefix + t);
const kafka = kafkaClient(brokers, 'bench-subsidy');
const admin = kafka.admin();
await admin.connect();
await ensureTopics(admin, topics);
// The service is ready once it holds the catalogue.
const catalogue = createKafkaPublisher({ kafka, topic: topicPrefix + Topics.catalogue });
await catalogue.publish(catalogueEnvelopes(testCatalogueEvents));
await catalogue.disconnect();
const mongo = await MongoClient.connect(mongoUrl);

log(`set-up: ${PRIOR_CLAIMS} prior claims of ${CLAIMANTS} claimants`);
const template = await claimantTemplate();
let shown = 0;
const seedMs = await timed(() =>
  seedClaimants(mongo.db(databases.subsidy), template, CLAIMANTS, (done) => {
    if (done < shown) return;
    log(`  ${done * PRIORS_PER_CLAIMANT} prior claims`);
    shown = done + 20_000;
  }),
);

const service = await startService(fileURLToPath(new URL('..', import.meta.url)), {
  KAFKA_TOPIC_PREFIX: topicPrefix,
  PORT: String(await freePort()),
  KAFKA_BROKERS: brokers.join(','),
  MONGO_URL: mongoUrl,
  MONGO_DATABASE: databases.subsidy,
  IDENTITY_DATABASE: databases.identity,
  AUTH_JWT_SECRET: DEV_JWT_SECRET,
  LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
});
// A bench that fails leaves no service of its own running.
process.once('exit', () => {
  try {
    process.kill(service.pid);
  } catch {
    // Stopped already.
  }
});
const bearer = async (principal: Principal) => ({
  authorization: `Bearer ${await signToken({ secret: DEV_JWT_SECRET, principal, now: () => new Date() })}`,
});
const office = await bearer({ sub: 'bench-office', role: 'subsidy-office' });
const body = (n: number) => ({
  kind: NEW_CLAIM.kind,
  certificateNo: certificateNoOf(n),
  region: NEW_CLAIM.region,
  workerId: workerOf(n),
});
const claim = claimOverHttp(service.url, office, body);
const memory = serviceMemory(service, await bearer({ sub: 'bench-ops', role: 'ops' }));

log(`decision latency: ${LATENCY_CLAIMS} claims one at a time`);
await runClaims(claim, { from: 0, count: WARM_UP, clients: 1 });
const latency = await runClaims(claim, { from: WARM_UP, count: LATENCY_CLAIMS, clients: 1 });
log(`claim rate: ${CLAIMS} claims by ${CLIENTS} clients`);
const before = await memory();
const load = await runClaims(claim, { from: WARM_UP + LATENCY_CLAIMS, count: CLAIMS, clients: CLIENTS });
const after = await memory();
await service.stop();

log('raw baseline');
const rawFrom = WARM_UP + LATENCY_CLAIMS + CLAIMS;
const raw = rawClaim(mongo.db(databases.subsidy), mongo.db(databases.raw), template);
const rawLatency = await runClaims(raw, { from: rawFrom, count: RAW.latency, clients: 1 });
const rawLoad = await runClaims(raw, { from: rawFrom + RAW.latency, count: RAW.claims, clients: CLIENTS });
for (const database of Object.values(databases)) await mongo.db(database).dropDatabase();
await mongo.close();
await admin.deleteTopics({ topics });
await admin.disconnect();

const perClaimant = (a: number, b: number) => ((b - a) * 1024 * 1024) / CLAIMS;
const answers = (f: LoadFigures) =>
  Object.entries(f.statuses)
    .map(([status, count]) => `${count} × ${status}`)
    .join(', ');
const figures = {
  seed: rate(PRIOR_CLAIMS, seedMs),
  rssPerClaimant: perClaimant(before.rssMiB, after.rssMiB),
  heapPerClaimant: perClaimant(before.heapMiB, after.heapMiB),
};
process.stdout.write(
  `${[
    `set-up: ${figures.seed.toFixed(0)} prior claims/s written`,
    `decision latency: p50 ${latency.p50.toFixed(1)} ms, p99 ${latency.p99.toFixed(1)} ms (raw p99 ${rawLatency.p99.toFixed(1)} ms); ${answers(latency)}`,
    `claim rate: ${load.perSecond.toFixed(0)} claims/s by ${CLIENTS} clients, p99 ${load.p99.toFixed(1)} ms (raw ${rawLoad.perSecond.toFixed(0)}/s); ${answers(load)}`,
    `service memory: RSS ${before.rssMiB.toFixed(0)} → ${after.rssMiB.toFixed(0)} MiB, heap ${before.heapMiB.toFixed(0)} → ${after.heapMiB.toFixed(0)} MiB; per claimant ${figures.rssPerClaimant.toFixed(0)} bytes RSS, ${figures.heapPerClaimant.toFixed(0)} bytes heap`,
  ].join('\n')}\n`,
);
await writeBenchResult(
  `subsidy: ${PRIOR_CLAIMS} prior claims of ${CLAIMANTS} claimants on record; ${LATENCY_CLAIMS} claims one at a time, ${CLAIMS} by ${CLIENTS} clients, over HTTP`,
  [
    { name: 'prior claims written (set-up)', value: figures.seed, unit: 'claims/s' },
    { name: 'decision latency: p50', value: latency.p50, unit: 'ms' },
    {
      name: 'decision latency: p99',
      value: latency.p99,
      unit: 'ms',
      baseline: { name: 'raw driver reads + writes: p99', value: rawLatency.p99 },
      target: { of: 'value', atMost: 20 },
    },
    {
      name: `claims decided by ${CLIENTS} clients`,
      value: load.perSecond,
      unit: 'claims/s',
      baseline: { name: 'raw driver reads + writes', value: rawLoad.perSecond },
      target: { of: 'value', atLeast: 2_000 },
    },
    { name: `latency under ${CLIENTS} clients: p99`, value: load.p99, unit: 'ms' },
    { name: 'claims not answered 201', value: CLAIMS - (load.statuses[201] ?? 0), unit: 'claims' },
    { name: 'service RSS per claimant who claimed', value: figures.rssPerClaimant, unit: 'bytes' },
    { name: 'service heap per claimant who claimed', value: figures.heapPerClaimant, unit: 'bytes' },
  ],
);
process.exit(0);
