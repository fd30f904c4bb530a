import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { dirname, join } from 'node:path';

/** How hard to fuzz: the bounded run of `npm test` or the long one of `pnpm fuzz`. */
export interface FuzzPlan {
  readonly maxExamples: number;
  readonly phases: readonly string[];
  readonly checks: readonly string[];
  readonly mode: 'positive' | 'negative';
  readonly seed: number;
}

/** 5xx and responses that break their own documented schema: what the harness fails on. */
export const gateChecks = ['not_a_server_error', 'response_schema_conformance'] as const;

export interface FuzzTarget {
  readonly name: string;
  readonly specPath: string;
  readonly baseUrl: string;
  readonly token?: string;
}

/** `st` arguments for one service and caller; every request and response goes to `harPath`. */
export function schemathesisArgs(target: FuzzTarget, plan: FuzzPlan, harPath: string): string[] {
  return [
    ...['--config-file', join(import.meta.dirname, '..', 'schemathesis.toml')],
    'run',
    target.specPath,
    ...['--url', target.baseUrl],
    ...(target.token ? ['--header', `Authorization: Bearer ${target.token}`] : []),
    ...['--checks', plan.checks.join(',')],
    ...['--phases', plan.phases.join(',')],
    ...['--mode', plan.mode],
    ...['--max-examples', String(plan.maxExamples)],
    ...['--seed', String(plan.seed)],
    ...['--report', 'har', '--report-har-path', harPath],
    // One worker: hypothesis describes its strategies by parsing source, which CPython 3.11 does not do safely on threads.
    ...['--workers', '1', '--request-timeout', '30', '--no-color', '--suppress-health-check', 'all'],
  ];
}

/** What one `st run` found, read from its summary. */
export interface FuzzOutcome {
  readonly cases: number;
  /** "ST101 Server error", or an error of the run itself ("Runtime Error") → how many. */
  readonly failures: Readonly<Record<string, number>>;
  readonly exitCode: number;
  /** The failures as `st` printed them, each with its reproducing request. */
  readonly details: string;
}

export function parseSummary(output: string, exitCode: number): FuzzOutcome {
  const cases = Number(/(\d+) generated/.exec(output)?.[1] ?? 0);
  const summaryAt = output.lastIndexOf('= SUMMARY =');
  const summary = summaryAt < 0 ? '' : output.slice(summaryAt);
  const failures: Record<string, number> = {};
  for (const [, title = '', count = '0'] of summary.matchAll(/(?:❌|🚫) ([^:\n]+): (\d+)/g)) {
    failures[title] = Number(count);
  }
  const detailsAt = output.search(/=+ (FAILURES|ERRORS) =+/);
  const details = detailsAt < 0 || summaryAt < 0 ? '' : output.slice(detailsAt, summaryAt).trim();
  return { cases, failures, exitCode, details };
}

/** Runs `st` with `args` beside `logFile` (it keeps a cache where it runs), its whole output to `logFile`, and reads the summary. */
export function runSchemathesis(bin: string, args: readonly string[], logFile: string): Promise<FuzzOutcome> {
  return new Promise((resolve, reject) => {
    const log = createWriteStream(logFile);
    const child = spawn(bin, [...args], {
      cwd: dirname(logFile),
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    let output = '';
    const keep = (chunk: Buffer) => {
      output += chunk.toString();
      log.write(chunk);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) => {
      log.end();
      resolve(parseSummary(output, code ?? 1));
    });
  });
}
