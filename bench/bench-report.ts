import type { BenchResult } from '@tianfu/testing';
import type { Machine } from './machine.ts';

/** One `bench:*` script's run: its figures, or why it has none. */
export interface BenchRun {
  readonly script: string;
  readonly seconds: number;
  readonly result?: BenchResult;
  readonly failure?: string;
  /** The end of a failed bench's output. */
  readonly lastLines?: string;
  /** Set when it ran alone (`pnpm bench <script>`), merged into the report of an earlier full run. */
  readonly ranAlone?: { readonly date: string; readonly loadAverageAtStart: number };
}

export interface BenchReport {
  readonly date: string;
  readonly machine: Machine;
  readonly runs: readonly BenchRun[];
}
