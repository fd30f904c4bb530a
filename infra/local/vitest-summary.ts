import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

/**
 * The last lines of `npm test`: each failure in one line (file, test, seconds into the run, the first
 * line of its error), the warnings and errors the services logged, the slowest files and the counts.
 * CI keeps only the end of what a run prints, so what went wrong first must be there too.
 */
interface Assertion {
  readonly fullName: string;
  readonly status: string;
  readonly failureMessages: readonly string[];
}
interface FileResult {
  readonly name: string;
  readonly status: string;
  readonly message: string;
  readonly startTime: number;
  readonly endTime: number;
  readonly assertionResults: readonly Assertion[];
}
interface Report {
  readonly startTime: number;
  readonly numPassedTests: number;
  readonly numFailedTests: number;
  readonly numPendingTests: number;
  readonly numTodoTests: number;
  readonly testResults: readonly FileResult[];
}

const root = fileURLToPath(new URL('../../', import.meta.url));
const [reportPath, logsDir] = process.argv.slice(2);
if (reportPath === undefined) throw new Error('usage: vitest-summary.ts <vitest json report> [services log dir]');
const report = JSON.parse(readFileSync(reportPath, 'utf8')) as Report;
const firstLine = (text: string) => stripVTControlCharacters(text).trim().split('\n')[0]?.slice(0, 300) ?? '';
const at = (file: FileResult) => `${Math.round((file.startTime - report.startTime) / 1000)} s`;
const shown = 40;
const say = (line: string) => process.stdout.write(`${line}\n`);

const failures = report.testResults.flatMap((file) => {
  const where = relative(root, file.name);
  const tests = file.assertionResults
    .filter((a) => a.status === 'failed')
    .map((a) => `failed: ${where} > ${a.fullName} (from ${at(file)}): ${firstLine(a.failureMessages[0] ?? '')}`);
  const fileError =
    file.status === 'failed' && file.message
      ? [`file failed: ${where} (from ${at(file)}): ${firstLine(file.message)}`]
      : [];
  return [...fileError, ...tests];
});
for (const line of failures.slice(0, shown)) say(line);
if (failures.length > shown) say(`… and ${failures.length - shown} more failures`);

/** Service log lines at warn (40) or above, as pino writes them, a few per service. */
if (failures.length > 0 && logsDir !== undefined) {
  for (const log of readdirSync(logsDir).filter((name) => name.endsWith('.log'))) {
    const loud = readFileSync(join(logsDir, log), 'utf8')
      .split('\n')
      .filter((line) => /"level":([4-6]\d)\b/.test(line));
    if (loud.length > 0)
      say(`${log}: ${loud.length} warn/error lines; the first: ${loud.slice(0, 3).join(' | ').slice(0, 600)}`);
  }
}

const slowest = [...report.testResults].sort((a, b) => b.endTime - b.startTime - (a.endTime - a.startTime)).slice(0, 5);
say(
  `slowest files: ${slowest.map((f) => `${relative(root, f.name)} ${Math.round((f.endTime - f.startTime) / 1000)} s`).join(', ')}`,
);
const skipped = report.numPendingTests + report.numTodoTests;
say(`vitest: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`);
