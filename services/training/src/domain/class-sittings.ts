import type { Sitting } from '@tianfu/contracts';
import { type FieldProblem, fieldsRefused } from './training-errors.ts';

const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** When a sitting starts, as an instant: its date and time are China's (UTC+8). */
export const sittingStart = (sitting: Pick<Sitting, 'date' | 'start'>): string =>
  new Date(`${sitting.date}T${sitting.start}:00+08:00`).toISOString();

const sittingEnd = (sitting: Pick<Sitting, 'date' | 'end'>): string =>
  new Date(`${sitting.date}T${sitting.end}:00+08:00`).toISOString();

/** When a class is filed: ahead of its sittings, or late (补录) after they all ran. */
export type Filing = 'ahead' | 'late';

/** A class filed ahead begins after its filing; one filed late has ended before it (docs/domain.md §7.1). */
function timingProblem(sitting: Sitting, at: string, filedAt: string, filing: Filing): FieldProblem | null {
  const filed = new Date(filedAt).toISOString();
  if (filing === 'late') {
    if (sittingEnd(sitting) < filed) return null;
    const message = `${sitting.date} ${sitting.end} has not passed: a late filing records a class that already ran`;
    return { field: `${at}.date`, rule: 'sitting_not_held', message };
  }
  if (sittingStart(sitting) > filed) return null;
  const message = `${sitting.date} ${sitting.start} has begun: a class is filed before its sittings`;
  return { field: `${at}.date`, rule: 'sitting_in_past', message };
}

function ownProblem(sitting: Sitting, at: string, filedAt: string, filing: Filing): FieldProblem | null {
  const length = minutesOf(sitting.end) - minutesOf(sitting.start);
  if (length <= 0) {
    return {
      field: `${at}.end`,
      rule: 'ends_before_start',
      message: `ends at ${sitting.end}, not after ${sitting.start}`,
    };
  }
  const hours = sitting.theoryHours + sitting.practicalHours;
  if (hours <= 0) return { field: `${at}.theoryHours`, rule: 'no_hours', message: 'a sitting teaches some hours' };
  if (hours * 60 > length) {
    const message = `${hours} hours do not fit between ${sitting.start} and ${sitting.end}`;
    return { field: `${at}.theoryHours`, rule: 'hours_exceed_sitting', message };
  }
  return timingProblem(sitting, at, filedAt, filing);
}

/** Sittings that share an id or overlap one that came before in the list. */
function clashes(sittings: readonly Sitting[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  sittings.forEach((sitting, i) => {
    const earlier = sittings.slice(0, i);
    if (earlier.some((e) => e.sittingId === sitting.sittingId)) {
      const message = `sitting ${sitting.sittingId} is listed twice`;
      problems.push({ field: `sittings.${i}.sittingId`, rule: 'duplicate_sitting', message });
      return;
    }
    const overlapped = earlier.find((e) => e.date === sitting.date && e.start < sitting.end && sitting.start < e.end);
    if (overlapped !== undefined) {
      const message = `overlaps sitting ${overlapped.sittingId} on ${sitting.date}`;
      problems.push({ field: `sittings.${i}.start`, rule: 'sittings_overlap', message });
    }
  });
  return problems;
}

/**
 * A class's schedule (docs/domain.md §7.1): each sitting ends after it starts, its hours fit in it
 * and are more than none, it begins after the class is filed (or, filed late, ended before it);
 * no two share an id or overlap. Every sitting found wrong is named.
 */
export function checkSittings(sittings: readonly Sitting[], filedAt: string, filing: Filing): void {
  const own = sittings
    .map((sitting, i) => ownProblem(sitting, `sittings.${i}`, filedAt, filing))
    .filter((p): p is FieldProblem => p !== null);
  const problems = [...own, ...clashes(sittings)];
  if (problems.length > 0) throw fieldsRefused('SITTINGS_INVALID', problems);
}

/** The first and last day a class sits. */
export function classSpan(sittings: readonly Sitting[]): { readonly startsOn: string; readonly endsOn: string } {
  const days = sittings.map((s) => s.date).sort();
  return { startsOn: days[0] ?? '', endsOn: days.at(-1) ?? '' };
}
