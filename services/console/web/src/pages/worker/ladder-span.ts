import type { LadderAnswer } from './ladder-types.ts';

/**
 * The period the as-of slider covers: from the worker's first recorded step, honour, medal or post
 * to the ladder's date (a year before it when nothing earlier is recorded).
 */
export function ladderSpan(ladder: LadderAnswer): { from: string; to: string } {
  const dates = [
    ...ladder.occupations.flatMap((o) => o.steps.flatMap((s) => s.sources.map((source) => source.date))),
    ...ladder.honours.map((h) => h.date),
    ...ladder.medals.map((m) => m.date),
    ...ladder.appointments.map((a) => a.since),
  ].sort();
  const first = dates[0];
  const yearBefore = `${Number(ladder.asOf.slice(0, 4)) - 1}${ladder.asOf.slice(4)}`;
  return { from: first !== undefined && first < ladder.asOf ? first : yearBefore, to: ladder.asOf };
}
