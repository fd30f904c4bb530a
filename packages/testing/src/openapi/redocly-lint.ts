import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../../../', import.meta.url));
const cli = join(root, 'node_modules/@redocly/cli/bin/cli.js');

export interface LintProblem {
  readonly ruleId: string;
  readonly severity: 'error' | 'warn';
  readonly message: string;
  readonly location: readonly { readonly pointer?: string }[];
}

export interface LintResult {
  readonly errors: number;
  readonly warnings: number;
  /** Each problem as `severity rule at pointer: message`. */
  readonly problems: readonly string[];
}

const defaultConfig = join(root, 'redocly.yaml');

/** The rules the config keeps as warnings (`rule: warn`) with a one-line reason (`# …`) right above. */
export async function justifiedWarnings(config = defaultConfig): Promise<string[]> {
  const text = await readFile(config, 'utf8');
  return [...text.matchAll(/^ {2}#.+\n {2}([\w-]+): warn\s*$/gm)].map(([, rule]) => rule ?? '');
}

/** The problems that fail the lint: every error, and any warning of a rule the config does not keep as one. */
export const failingProblems = (problems: readonly string[], justified: readonly string[]): string[] =>
  problems.filter((problem) => {
    const [severity, rule = ''] = problem.split(' ');
    return severity === 'error' || !justified.includes(rule);
  });

const describeProblem = (problem: LintProblem): string =>
  `${problem.severity} ${problem.ruleId} at ${problem.location[0]?.pointer ?? '#'}: ${problem.message}`;

/**
 * Lints an OpenAPI document with Redocly CLI under the repository's redocly.yaml (the `recommended`
 * rules and the warnings it keeps), on the Node running the tests; no telemetry, no update check.
 */
export async function redoclyLint(document: unknown, config = defaultConfig): Promise<LintResult> {
  const dir = await mkdtemp(join(tmpdir(), 'redocly-'));
  try {
    const file = join(dir, 'openapi.json');
    await writeFile(file, JSON.stringify(document));
    const args = [cli, 'lint', file, `--config=${config}`, '--format=json', '--max-problems=10000'];
    const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
    // It exits 1 when it finds errors: the report on stdout is the answer either way.
    const { stdout } = await run(process.execPath, args, { env, maxBuffer: 64 * 1024 * 1024 }).catch(
      (failure: { stdout?: string }) => ({ stdout: failure.stdout ?? '' }),
    );
    const report = JSON.parse(stdout) as { totals: { errors: number; warnings: number }; problems: LintProblem[] };
    return { ...report.totals, problems: report.problems.map(describeProblem) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
