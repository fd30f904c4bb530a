import { readFile } from 'node:fs/promises';
import type { BenchReport, BenchRun } from './bench-report.ts';

/**
 * The report of the earlier full run (report.json in `dir`) with these runs, each marked with its
 * own date and load, in place of its runs of the same scripts (or after them).
 */
export async function mergedReport(
  dir: URL,
  runs: readonly BenchRun[],
  date: string,
  loadAverageAtStart: number,
): Promise<BenchReport> {
  const earlier = JSON.parse(await readFile(new URL('report.json', dir), 'utf8')) as BenchReport;
  const alone = runs.map((run) => ({ ...run, ranAlone: { date, loadAverageAtStart } }));
  const kept = earlier.runs.filter((run) => !runs.some((r) => r.script === run.script));
  return { ...earlier, runs: [...kept, ...alone] };
}
