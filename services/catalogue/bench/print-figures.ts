import type { BenchFigure } from '@tianfu/testing';

const shown = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));

/** The figures as a table on stdout, each with its baseline and target, and when each holder held all. */
export function printFigures(title: string, figures: readonly BenchFigure[], heldMs: readonly number[]): void {
  const rows = figures.map((f) => {
    const baseline = f.baseline ? `${f.baseline.name} ${shown(f.baseline.value)} ${f.unit}` : '';
    const target = f.target
      ? `${f.target.atMost === undefined ? '≥' : '≤'} ${f.target.atMost ?? f.target.atLeast}`
      : '';
    return `${f.name.padEnd(50)} ${`${shown(f.value)} ${f.unit}`.padStart(11)}  ${target.padEnd(6)} ${baseline}`;
  });
  const holders = heldMs.map((ms) => (ms / 1000).toFixed(2)).join(' s, ');
  process.stdout.write(`catalogue bench: ${title}\n${rows.join('\n')}\nholders held all after ${holders} s\n`);
}
