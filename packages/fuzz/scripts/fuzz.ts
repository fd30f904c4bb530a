// `pnpm fuzz` (long) or `pnpm fuzz --short` (bounded, part of `npm test`): schemathesis against
// every service's OpenAPI (/docs/json), split by role so each run carries a valid token. First a
// negative pass (schema-violating requests) between two readings of the platform's stores, where
// every change must follow from a request the services accepted (unexplainedChanges); then a
// positive pass. Fails on any 5xx, any response that breaks its own documented schema, and any
// store change no accepted request explains;
// `--all-checks` adds every other check schemathesis has (status codes, content types, …).
// Writes through the services' APIs: point it at a development platform. SCHEMATHESIS_BIN names `st`.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { platformDatabases } from '@tianfu/pii-scan';
import { platformUrls } from '@tianfu/testing';
import { MongoClient } from 'mongodb';
import {
  changedCounts,
  documentsByCaller,
  type FuzzPlan,
  type FuzzTarget,
  fuzzPass,
  fuzzToken,
  gateChecks,
  type OpenApiDocument,
  settledCounts,
  unexplainedChanges,
} from '../src/index.ts';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    short: { type: 'boolean', default: false },
    'max-examples': { type: 'string' },
    'all-checks': { type: 'boolean', default: false },
    service: { type: 'string', multiple: true },
    seed: { type: 'string', default: String(Date.now() % 100_000) },
  },
});
const say = (line: string) => process.stdout.write(`[fuzz] ${line}\n`);
const root = join(import.meta.dirname, '../../..');
const outDir = join(process.env.TIANFU_LOCAL_DIR || join(root, '.local'), 'fuzz');
const bin = process.env.SCHEMATHESIS_BIN || 'st';
const urls = platformUrls();
// Each service's own database, as its main.ts names it.
const databases: Record<keyof typeof urls, string> = {
  assessment: 'assessment',
  certification: 'certification',
  talentRegistry: 'talent',
  competition: 'competition',
  career: 'career',
  catalogue: 'catalogue',
  training: 'training',
  subsidy: 'subsidy',
};
const plan = (mode: FuzzPlan['mode']): FuzzPlan => ({
  maxExamples: Number(values['max-examples'] ?? (values.short ? 5 : 100)),
  phases: values.short ? ['examples', 'coverage', 'fuzzing'] : ['examples', 'coverage', 'fuzzing', 'stateful'],
  checks: values['all-checks']
    ? ['all']
    : mode === 'negative'
      ? [...gateChecks, 'negative_data_rejection']
      : gateChecks,
  mode,
  seed: Number(values.seed),
});

async function targets(): Promise<FuzzTarget[]> {
  const all: FuzzTarget[] = [];
  for (const [service, baseUrl] of Object.entries(urls)) {
    if (values.service && !values.service.includes(service)) continue;
    const document = (await (await fetch(`${baseUrl}/docs/json`)).json()) as OpenApiDocument;
    for (const [caller, own] of documentsByCaller(document, !values.short)) {
      const specPath = join(outDir, `${service}-${caller}.openapi.json`);
      await writeFile(specPath, JSON.stringify(own));
      const token = caller === 'public' ? undefined : await fuzzToken(caller);
      all.push({ name: `${service} ${caller}`, specPath, baseUrl, ...(token ? { token } : {}) });
    }
  }
  return all;
}

await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });
const all = await targets();
if (all.length === 0)
  throw new Error(`no service named ${values.service?.join(', ')}: ${Object.keys(urls).join(', ')}`);
say(
  `${all.length} runs (service × caller), seed ${values.seed}, ${plan('positive').maxExamples} examples per operation`,
);
const client = await MongoClient.connect(process.env.MONGO_URL || 'mongodb://127.0.0.1:27017/?directConnection=true');
const before = await settledCounts(client, platformDatabases);
const negative = await fuzzPass(all, plan('negative'), { bin, outDir, say });
const after = await settledCounts(client, platformDatabases);
await client.close();
for (const line of negative.accepted) say(`accepted in the negative pass: ${line}`);
for (const line of changedCounts(before, after)) say(`changed during the negative pass: ${line}`);
const written = new Set(
  Object.entries(urls)
    .filter(([, url]) => negative.accepted.some((line) => line.includes(` ${url}/`)))
    .map(([service]) => databases[service as keyof typeof urls]),
);
const unexplained = unexplainedChanges(before, after, written).length;
const positive = await fuzzPass(all, plan('positive'), { bin, outDir, say });
const failures = [...negative.failures, ...positive.failures];
const count = (match: RegExp) => failures.filter(([t]) => match.test(t)).reduce((sum, [, n]) => sum + n, 0);
say(
  `${negative.cases + positive.cases} cases, ${count(/^ST10[12] /)} 5xx, ${count(/^ST10[4689] /)} responses breaking their schema, ` +
    `${count(/./)} failures in all, ${unexplained} store changes by rejected requests`,
);
process.exitCode = failures.length > 0 || unexplained > 0 ? 1 : 0;
