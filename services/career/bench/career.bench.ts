// pnpm bench:career [--workers N] — a seeded population (default 1,000,000 workers, ~3 events
// each: certificates with ~21% reaching 三级 or above, revocations, honours, medals, a few
// appointments; bodies in every 市(州), 成都 the largest) produced onto four fresh 6-partition
// topics. Then, in the same run: the raw baseline (a fresh kafkajs group reads them all from
// offset 0 and insertMany's one document per message), the career rebuild (the real service
// process, POST /v1/admin/rebuild, followed until the new set is swapped in) with its peak RSS, and
// five typical talent-pool queries plus the plan indicators over real HTTP on that process.
// Targets: rebuild >= 50% of the raw baseline; every typical query p99 <= 100 ms.
// Everything the bench created (topics, groups, databases) is removed at the end.
import { fileURLToPath } from 'node:url';
import { Topics } from '@tianfu/contracts';
import { ensureTopics, kafkaClient } from '@tianfu/messaging';
import { DEV_JWT_SECRET, type Principal, signToken } from '@tianfu/service-kit';
import { freePort, type ServiceProcess, startService, uniqueName, writeBenchResult } from '@tianfu/testing';
import { MongoClient } from 'mongodb';
import { benchFigures, type CareerBenchFigures, summaryText } from './career-summary.ts';
import { checkedByContract } from './contract-check.ts';
import { driveRebuild } from './drive-rebuild.ts';
import { measureNamesLookup } from './names-lookup.ts';
import { emptyStats, type PopulationStats, population } from './population.ts';
import { type BenchTopics, producePopulation } from './produce-population.ts';
import { measureQuery } from './query-latency.ts';
import { rawBaseline } from './raw-baseline.ts';

const flag = process.argv.indexOf('--workers');
const WORKERS = flag === -1 ? 1_000_000 : Number(process.argv[flag + 1]);
if (!Number.isInteger(WORKERS) || WORKERS < 1) throw new Error('--workers takes a whole number of workers');
const SEED = 6;
const QUERY_ROUNDS = { warmUp: 20, requests: 200 };
/** The indicators read every worker (no target): fewer rounds. */
const INDICATOR_ROUNDS = { warmUp: 3, requests: 30 };
/** The talent pool's default page, and few rounds: on FerretDB one `$in` is a scan of every key. */
const PAGE = 50;
const NAME_ROUNDS = 5;
const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const mongoUrl = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017/?directConnection=true';
const log = (line: string) => process.stderr.write(`${line}\n`);

const queries = [
  { name: 'electricians 三级+ in 成都', path: '/v1/talent-pool?occupation=6-31&minLevel=level3&region=510100' },
  { name: 'high-skill in 甘孜', path: '/v1/talent-pool?highSkill=true&region=513300' },
  {
    name: 'equipment mfg, certified in 2024',
    path: '/v1/talent-pool?industry=equipment-manufacturing&certifiedFrom=2024-01-01&certifiedTo=2024-12-31',
  },
  { name: '四川省技术能手', path: '/v1/talent-pool?honour=sichuan-technical-expert' },
  { name: 'gold medallists, most recent', path: '/v1/talent-pool?medal=gold&sort=recent' },
];
const indicatorQuery = { name: 'plan indicators 2023–2025', path: '/v1/indicators' };

const kafka = kafkaClient(brokers, 'bench-career');
const admin = kafka.admin();
const mongo = await MongoClient.connect(mongoUrl);
const run = uniqueName('bench_career');
// The service reads `<prefix><platform topic>`: the bench's own topics, never the platform's.
const topicPrefix = `${run.replaceAll('_', '-')}.`;
const topics: BenchTopics = {
  assessment: topicPrefix + Topics.assessment,
  certification: topicPrefix + Topics.certification,
  talent: topicPrefix + Topics.talent,
  competition: topicPrefix + Topics.competition,
};
// Career holds the catalogue from its topic: empty here, so ladders go unnamed, which no figure reads.
const catalogueTopic = topicPrefix + Topics.catalogue;
const databases = { raw: `${run}_raw`, career: run };
const bearer = async (principal: Principal) => ({
  authorization: `Bearer ${await signToken({ secret: DEV_JWT_SECRET, principal, now: () => new Date() })}`,
});
let service: ServiceProcess | undefined;

async function produce(stats: PopulationStats): Promise<number> {
  log(`producing ${WORKERS} workers onto ${Object.values(topics).join(', ')}`);
  let next = 0;
  const started = performance.now();
  await producePopulation(
    kafka,
    topics,
    checkedByContract(population({ workers: WORKERS, seed: SEED }, stats)),
    (n) => {
      if (n < next) return;
      next += 500_000;
      log(`  ${n} events produced, ${((n * 1000) / (performance.now() - started)).toFixed(0)}/s`);
    },
  );
  const perSecond = (stats.events * 1000) / (performance.now() - started);
  log(`  all ${stats.events} events produced: ${perSecond.toFixed(0)}/s`);
  return perSecond;
}

async function measureRaw(events: number): Promise<number> {
  log('raw baseline: consume from offset 0 + insertMany');
  const db = mongo.db(databases.raw);
  const ms = await rawBaseline(kafka, `${run}_raw`, Object.values(topics), db.collection('raw'), events);
  await db.dropDatabase();
  log(`  ${events} documents in ${(ms / 1000).toFixed(1)} s: ${((events * 1000) / ms).toFixed(0)}/s`);
  return (events * 1000) / ms;
}

async function startCareer(): Promise<ServiceProcess> {
  return startService(fileURLToPath(new URL('..', import.meta.url)), {
    SERVICE_NAME: run,
    PORT: String(await freePort()),
    KAFKA_BROKERS: brokers.join(','),
    MONGO_URL: mongoUrl,
    MONGO_DATABASE: databases.career,
    AUTH_JWT_SECRET: DEV_JWT_SECRET,
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
    KAFKA_TOPIC_PREFIX: topicPrefix,
  });
}

/** The read side's totals against what was generated: a rebuild that lost events shows here. */
async function crossCheck(url: string, headers: Record<string, string>, stats: PopulationStats) {
  const total = async (query: string) =>
    ((await (await fetch(`${url}/v1/talent-pool?limit=1${query}`, { headers })).json()) as { total: number }).total;
  const checks = [
    ['workers holding a certificate', await total(''), stats.certified],
    ['高技能人才', await total('&highSkill=true'), stats.highSkill],
    [
      '四川省技术能手',
      await total('&honour=sichuan-technical-expert'),
      stats.honours.get('sichuan-technical-expert') ?? 0,
    ],
  ] as const;
  for (const [what, found, generated] of checks) {
    log(`  ${what}: ${found} in the read side, ${generated} generated${found === generated ? '' : '  MISMATCH'}`);
    if (found !== generated) throw new Error(`the rebuilt read side has ${found} ${what}, the population ${generated}`);
  }
}

async function cleanUp(): Promise<void> {
  await service?.stop();
  for (const name of Object.values(databases)) await mongo.db(name).dropDatabase();
  const groups = (await admin.listGroups()).filter((g) => g.startsWith(run));
  if (groups.length > 0) await admin.deleteGroups(groups);
  await admin.deleteTopics({ topics: [...Object.values(topics), catalogueTopic] });
  await admin.disconnect();
  await mongo.close();
}

try {
  await admin.connect();
  await ensureTopics(admin, [...Object.values(topics), catalogueTopic]);
  const stats = emptyStats();
  const producePerSecond = await produce(stats);
  log(
    `${stats.events} events (${(stats.events / WORKERS).toFixed(2)} per worker), ` +
      `高技能人才 ${((stats.highSkill / WORKERS) * 100).toFixed(1)}%: ${JSON.stringify(Object.fromEntries(stats.byType))}`,
  );
  const rawPerSecond = await measureRaw(stats.events);
  log('starting the career service and its rebuild');
  service = await startCareer();
  const rebuild = await driveRebuild(service, await bearer({ sub: 'bench-admin', role: 'admin' }));
  const hr = await bearer({ sub: 'bench-hr', role: 'hr' });
  await crossCheck(service.url, hr, stats);
  log('querying');
  const url = service.url;
  const measured = [];
  for (const query of queries) {
    log(`  ${query.name}: ${query.path}`);
    measured.push(await measureQuery(url, query, hr, QUERY_ROUNDS));
  }
  const indicators = await measureQuery(url, indicatorQuery, hr, INDICATOR_ROUNDS);
  log('names of a page: worker keys read from the shared identity database');
  const names = await measureNamesLookup(mongo.db('identity'), PAGE, NAME_ROUNDS);
  const figures: CareerBenchFigures = {
    workers: WORKERS,
    events: stats.events,
    producePerSecond,
    rawPerSecond,
    rebuild,
    queries: measured,
    indicators,
    names,
  };
  process.stdout.write(summaryText(figures));
  await writeBenchResult(`career: ${WORKERS} workers, ${stats.events} events`, benchFigures(figures));
} finally {
  await cleanUp();
}
process.exit(0);
