/** Milliseconds that `work` took. */
export async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** The value below which `p` percent of `sorted` (ascending) lie: the nearest-rank percentile. */
export const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

export const rate = (count: number, ms: number): number => (count * 1000) / ms;

type Row = [name: string, perSecond: number, unit: string, ratio?: number, target?: number];

/** Prints one line per measurement, with the ratio to its raw baseline and the target. */
export function report(title: string, rows: readonly Row[]): void {
  const lines = rows.map(([name, perSecond, unit, ratio, target]) => {
    const goal = target === undefined ? '' : ` (target >= ${target * 100}%)`;
    const versus = ratio === undefined ? '' : `  ${(ratio * 100).toFixed(0)}% of raw${goal}`;
    return `${name.padEnd(18)} ${perSecond.toFixed(0).padStart(8)} ${unit}${versus}`;
  });
  process.stdout.write(`${title}\n${lines.join('\n')}\n`);
}
