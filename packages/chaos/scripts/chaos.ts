// `pnpm chaos [--short] [--keep-up]`: faults under load on a second, private platform (docs/reliability.md).
//   --short    two faults (certification, Kafka) under sessions of 50, then 10 candidates; writes no doc
//   --keep-up  leaves the private platform running afterwards (its own down: see private-platform.ts)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { journeyCast, platformClients } from '@tianfu/demo';
import {
  allFaults,
  catchUpProbe,
  commandLog,
  kafkaBrokers,
  mongoUrl,
  openCensus,
  passed,
  phaseTracker,
  platformUrlsOf,
  privatePlatform,
  reliabilityDoc,
  renderRun,
  runFaults,
  settle,
  setUpLoad,
  shortFaults,
  startLoad,
  startPlatform,
  stopPlatform,
  wipePlatform,
} from '../src/index.ts';

const args = process.argv.slice(2);
const short = args.includes('--short');
const root = fileURLToPath(new URL('../../..', import.meta.url));
const p = privatePlatform(root);
const started = Date.now();
const say = (line: string) => process.stdout.write(`[chaos ${((Date.now() - started) / 1000).toFixed(0)} s] ${line}\n`);
// Only infra/local's own log lines: start.sh's table of ports would repeat at every restart.
const infra = (line: string) => {
  if (line.startsWith('[local]')) say(`  ${line}`);
};
const size = short ? 50 : 500;
const laterSize = short ? 10 : 20;

/** A fresh private platform with the load's body set up and its rounds running. */
async function loadedPlatform() {
  say(`a fresh private platform: services from port ${4101 + p.offset}, data in ${p.localDir}`);
  await wipePlatform(p, infra);
  await startPlatform(p, infra);
  const platform = platformClients(platformUrlsOf(p));
  await platform.ready();
  const cast = journeyCast();
  const log = commandLog();
  const phases = phaseTracker();
  say(`run ${cast.runId}: body ${cast.body.bodyId}; a session of ${size}, then of ${laterSize} every 30 s`);
  await setUpLoad(platform, cast, log);
  const load = startLoad({ platform, cast, log, phases, size, laterSize, paceMs: 30_000 });
  return { platform, cast, log, phases, load };
}

async function chaos(): Promise<boolean> {
  const { platform, cast, log, phases, load } = await loadedPlatform();
  const census = await openCensus(mongoUrl(p), kafkaBrokers(p));
  try {
    const sessionIds = () => new Set(Array.from({ length: load.rounds() }, (_, i) => `${cast.body.bodyId}-r${i + 1}`));
    const run = () => ({ bodyId: cast.body.bodyId, sessionIds: sessionIds(), commands: log.records });
    const faults = runFaults({
      faults: short ? shortFaults(p) : allFaults(p),
      phases,
      restart: () => startPlatform(p, infra),
      catchUpProbe: () => catchUpProbe(census, run()),
      say,
    });
    const stopped = load.running.then(() => Promise.reject(new Error('the load stopped before the faults were done')));
    const outcomes = await Promise.race([faults, stopped]);
    say('faults done; the load finishes its round');
    await load.stop();
    const figures = await settle(census, platform, run(), (short ? 4 : 10) * 60_000, say);
    const records = log.records();
    const chaosRun = {
      startedAt: new Date(started).toISOString().slice(0, 16).replace('T', ' '),
      command: short ? 'pnpm chaos --short' : 'pnpm chaos',
      rounds: load.rounds(),
      size,
      laterSize,
      outcomes,
      figures,
      retries: records.reduce((n, r) => n + r.attempts - 1, 0),
      serverErrors: log.serverErrors(),
    };
    process.stdout.write(`\n${renderRun(chaosRun)}\n`);
    if (!short) writeFileSync(`${root}/docs/reliability.md`, reliabilityDoc(chaosRun));
    return passed(chaosRun);
  } finally {
    await census.close();
  }
}

let ok = false;
try {
  ok = await chaos();
} catch (error) {
  say(`failed: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  if (!args.includes('--keep-up')) {
    say('stopping the private platform');
    await stopPlatform(p, infra).catch((error: unknown) => say(`its down failed: ${String(error)}`));
  }
}
process.exit(ok ? 0 : 1);
