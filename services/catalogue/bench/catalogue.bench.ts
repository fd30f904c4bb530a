// pnpm bench:catalogue — 2,000 occupations with 3,000 工种 and 2,000 standard versions imported as
// two CSVs through the admin API of a catalogue app built in process against the real FerretDB and
// Kafka (its own database and topic), until three holders (followCatalogue, standing for
// assessment, certification and career) each hold all of it; the name search's p99 over HTTP and
// in process at that size; the heap one holder costs. The raw baseline of the same run: kafkajs
// producing and consuming the same events. Targets: end to end < 30 s, search p99 ≤ 5 ms, < 20 MiB a holder.
import { loadavg } from 'node:os';
import { writeBenchResult } from '@tianfu/testing';
import { catalogueStream } from '../src/application/catalogue-commands.ts';
import { startBenchCatalogue } from './bench-catalogue.ts';
import { OCCUPATIONS, occupationsCsv, STANDARDS, searchTerms, standardsCsv, WORK_TYPES } from './bench-sheets.ts';
import { heldAfter, holderHeapMiB, holdsAll, liveHeapMiB, startHolder } from './holders.ts';
import { printFigures } from './print-figures.ts';
import { rawProduceConsumeMs } from './raw-baseline.ts';
import { httpSearch, inProcessSearch } from './search-latency.ts';

const SEARCHES = Number(process.env.BENCH_SEARCHES ?? 2_000);
const load = loadavg()[0]?.toFixed(2);
const catalogue = await startBenchCatalogue();
const { kafka, topic } = catalogue;

process.stderr.write('starting three holders on the empty topic\n');
const holders = await Promise.all([
  startHolder(kafka, topic, 'assessment'),
  startHolder(kafka, topic, 'certification'),
  startHolder(kafka, topic, 'career'),
]);
const done = (state: Parameters<typeof holdsAll>[0]) => holdsAll(state, OCCUPATIONS, STANDARDS);

process.stderr.write('importing\n');
const started = performance.now();
const held = holders.map((h) => heldAfter(h, done, started));
await catalogue.importSheet('occupations.csv', occupationsCsv());
await catalogue.importSheet('standards.csv', standardsCsv());
const acceptedMs = performance.now() - started;
const heldMs = await Promise.all(held);
const endToEndMs = Math.max(...heldMs);

// The holders stand for other services: they stop before the catalogue's own search is timed, and
// the import's garbage is collected first, so the figure is the steady state at this size.
const assessmentHeld = holders[0].current();
await Promise.all(holders.map((h) => h.stop()));
liveHeapMiB();
process.stderr.write('searching\n');
const http = await httpSearch(catalogue.url, searchTerms, SEARCHES);
const local = await inProcessSearch(assessmentHeld, searchTerms, SEARCHES);

process.stderr.write('measuring one holder\n');
const memory = await holderHeapMiB(kafka, topic);
const events = (await catalogue.store.readStream(catalogueStream)).events.map((e) => JSON.stringify(e));
const rawMs = await rawProduceConsumeMs(kafka, `${topic}.raw`, events);
await catalogue.stop();

const title = `${OCCUPATIONS} occupations, ${WORK_TYPES} 工种, ${STANDARDS} standards (${events.length} events); load ${load} at start`;
const figures = [
  { name: 'import accepted (two CSVs over HTTP)', value: acceptedMs / 1000, unit: 's' },
  {
    name: 'end to end: HTTP → events → 3 holders hold all',
    value: endToEndMs / 1000,
    unit: 's',
    baseline: { name: 'raw kafkajs produce + consume', value: rawMs / 1000 },
    target: { of: 'value' as const, atMost: 30 },
  },
  { name: `name search over HTTP: p50 (${SEARCHES} requests)`, value: http.p50, unit: 'ms' },
  { name: 'occupations a search answers (mean, limit 50)', value: http.hits, unit: 'items' },
  {
    name: 'name search over HTTP: p99',
    value: http.p99,
    unit: 'ms',
    baseline: { name: 'in process: p99', value: local.p99 },
    target: { of: 'value' as const, atMost: 5 },
  },
  { name: 'name search over HTTP: CPU per request (mean)', value: http.cpuMean, unit: 'ms' },
  { name: 'name search in process: p50', value: local.p50 * 1000, unit: 'µs' },
  { name: 'one holder rebuilt from the topic', value: memory.rebuildMs / 1000, unit: 's' },
  {
    name: 'one holder: live heap delta (forced GC)',
    value: memory.mib,
    unit: 'MiB',
    target: { of: 'value' as const, atMost: 20 },
  },
];
printFigures(title, figures, heldMs);
await writeBenchResult(title, figures);
process.exit(0);
