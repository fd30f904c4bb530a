/** The hours a class teaches: every sitting's theory and practice. */
export const classHours = (sittings: readonly { theoryHours: number; practicalHours: number }[]): number =>
  sittings.reduce((sum, s) => sum + s.theoryHours + s.practicalHours, 0);

/** A trainee's attendance share in whole percent, floored so 79.9% never shows as the 80% it misses. */
export const attendancePercent = (attendedHours: number, totalHours: number): number =>
  totalHours <= 0 ? 0 : Math.floor((attendedHours / totalHours) * 100);

interface WithOutcome {
  readonly outcome: { readonly completed: boolean } | null;
}

/** The trainees completion judged, in two lists, and those it has not judged (the class not completed). */
export function outcomeSplit<T extends WithOutcome>(trainees: readonly T[]) {
  return {
    completed: trainees.filter((t) => t.outcome?.completed === true),
    notCompleted: trainees.filter((t) => t.outcome?.completed === false),
    pending: trainees.filter((t) => t.outcome === null),
  };
}

/**
 * A trainee's attendance against the completion rule's share (docs/domain.md §7.5), judged as the
 * service judges it (attended ≥ share × total hours), and the hours still short, to a tenth.
 */
export function againstRule(attendedHours: number, totalHours: number, minShare: number) {
  const needed = minShare * totalHours;
  const meets = totalHours > 0 && attendedHours >= needed - 1e-9;
  return { meets, shortHours: meets ? 0 : Math.max(0, Math.ceil((needed - attendedHours) * 10 - 1e-9) / 10) };
}
