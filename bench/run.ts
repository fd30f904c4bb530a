// pnpm bench — runs every `bench:*` script of the root package.json in turn (against the servers in
// KAFKA_BROKERS / MONGO_URL, the local stack by default), each writing its figures to the file named
// by BENCH_RESULT_FILE, and writes one report of them all: bench/report.json and bench/report.md.
// A bench that fails is recorded with the end of its output and the next one runs; the exit status
// is 1 when any failed. `pnpm bench bench:training …` runs only the scripts named and merges their
// runs into the existing report, each marked with its own date and load.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchResult } from '@tianfu/testing';
import type { BenchRun } from './bench-report.ts';
import { thisMachine } from './machine.ts';
import { mergedReport } from './merged-report.ts';
import { reportMarkdown } from './report-markdown.ts';

const root = new URL('..', import.meta.url);
const here = new URL('.', import.meta.url);
const TAIL_LINES = 15;

async function benchScripts(): Promise<string[]> {
  const pkg = JSON.parse(await readFile(new URL('package.json', root), 'utf8')) as { scripts: Record<string, string> };
  return Object.keys(pkg.scripts).filter((name) => name.startsWith('bench:'));
}

/** Runs the script with its output passed through; resolves to how it failed, if it did, and its last lines. */
function runScript(script: string, resultFile: string): Promise<{ failure?: string; tail: string }> {
  const child = spawn('pnpm', ['run', '--silent', script], {
    cwd: root,
    env: { ...process.env, BENCH_RESULT_FILE: resultFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer, to: NodeJS.WriteStream) => {
    to.write(chunk);
    output = (output + chunk.toString())
      .split('\n')
      .slice(-TAIL_LINES - 1)
      .join('\n');
  };
  child.stdout.on('data', (chunk: Buffer) => keep(chunk, process.stdout));
  child.stderr.on('data', (chunk: Buffer) => keep(chunk, process.stderr));
  // A process the bench left behind may hold its output open: that must not hold up the next bench.
  child.on('exit', () => {
    setTimeout(() => {
      child.stdout.destroy();
      child.stderr.destroy();
    }, 2_000).unref();
  });
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      const failure = signal ? `killed by ${signal}` : code === 0 ? undefined : `exit status ${code}`;
      resolve({ failure, tail: output.trim() });
    });
  });
}

async function runBench(script: string, dir: string): Promise<BenchRun> {
  const resultFile = join(dir, `${script.replace(':', '-')}.json`);
  process.stderr.write(`\n=== ${script}\n`);
  const started = performance.now();
  const { failure, tail } = await runScript(script, resultFile);
  const seconds = Math.round(performance.now() - started) / 1000;
  // Paths relative to the repository: the report is committed, and read on other machines.
  if (failure) return { script, seconds, failure, lastLines: tail.replaceAll(fileURLToPath(root), '') };
  const text = await readFile(resultFile, 'utf8').catch(() => undefined);
  if (text === undefined) return { script, seconds, failure: 'it wrote no figures to BENCH_RESULT_FILE' };
  return { script, seconds, result: JSON.parse(text) as BenchResult };
}

const named = process.argv.slice(2).filter((arg) => arg.startsWith('bench:'));
const date = new Date().toISOString();
const machine = thisMachine();
const runs: BenchRun[] = [];
const dir = await mkdtemp(join(tmpdir(), 'tianfu-bench-'));
try {
  for (const script of named.length > 0 ? named : await benchScripts()) runs.push(await runBench(script, dir));
} finally {
  await rm(dir, { recursive: true, force: true });
}
const report =
  named.length > 0 ? await mergedReport(here, runs, date, machine.loadAverageAtStart) : { date, machine, runs };
await writeFile(new URL('report.json', here), `${JSON.stringify(report, null, 2)}\n`);
await writeFile(new URL('report.md', here), `${reportMarkdown(report)}\n`);
const failed = runs.filter((run) => !run.result).map((run) => run.script);
process.stderr.write(
  `\nwrote bench/report.md and bench/report.json${failed.length ? `; failed: ${failed.join(', ')}` : ''}\n`,
);
process.exitCode = failed.length > 0 ? 1 : 0;
