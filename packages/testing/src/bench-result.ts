import { writeFile } from 'node:fs/promises';

/** What the issue asks of a figure: at least or at most a bound, on the figure or on its ratio to the baseline. */
export type BenchTarget = { readonly of: 'value' | 'ratio' } & (
  | { readonly atLeast: number; readonly atMost?: never }
  | { readonly atMost: number; readonly atLeast?: never }
);

/** One measured figure, with the raw baseline of the same run (same unit) it is compared with. */
export interface BenchFigure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly baseline?: { readonly name: string; readonly value: number };
  readonly target?: BenchTarget;
}

export interface AssessedFigure extends BenchFigure {
  readonly ratio?: number;
  readonly met?: boolean;
}

/** What a bench writes to BENCH_RESULT_FILE, and `pnpm bench` reads. */
export interface BenchResult {
  readonly title: string;
  readonly figures: readonly AssessedFigure[];
}

/** The figure with its ratio to the baseline, and whether it meets its target. */
export function assessFigure(figure: BenchFigure): AssessedFigure {
  const ratio = figure.baseline ? figure.value / figure.baseline.value : undefined;
  const { target } = figure;
  if (!target) return { ...figure, ratio };
  const measured = target.of === 'ratio' ? ratio : figure.value;
  const met =
    measured !== undefined &&
    (target.atLeast === undefined || measured >= target.atLeast) &&
    (target.atMost === undefined || measured <= target.atMost);
  return { ...figure, ratio, met };
}

/** Writes the bench's figures as JSON to the file named by BENCH_RESULT_FILE, when it is set. */
export async function writeBenchResult(title: string, figures: readonly BenchFigure[]): Promise<void> {
  const file = process.env.BENCH_RESULT_FILE;
  if (!file) return;
  const result: BenchResult = { title, figures: figures.map(assessFigure) };
  await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
}
