import { maskHolderName } from '@tianfu/contracts';
import type { Completer } from './class-completers.ts';
import { type RowProblem, sessionError } from './session-errors.ts';

/** A completer the session refused: named by workerId and masked name, never an ID number. */
export interface RefusedCompleter {
  readonly enrolmentId: string;
  readonly workerId: string;
  /** Null when the name cannot be opened (not arrived yet, or erased). */
  readonly maskedName: string | null;
  readonly field: string;
  readonly rule: string;
  readonly message: string;
}

/**
 * The refusal of a class's completers, every one named (docs/domain.md §7.5): the enrolment check's
 * problems are numbered by 学员编号 (class-completers.ts), opened names are masked here.
 */
export function completersRefused(
  problems: readonly RowProblem[],
  completers: readonly Completer[],
  names: ReadonlyMap<string, string | null>,
) {
  const byRow = new Map(completers.map((c) => [Number(c.enrolmentId), c]));
  const refused = problems.flatMap(({ row, column, rule, message }): RefusedCompleter[] => {
    const completer = byRow.get(row);
    if (completer === undefined) return [];
    const name = names.get(completer.workerId) ?? null;
    const { enrolmentId, workerId } = completer;
    return [
      { enrolmentId, workerId, maskedName: name === null ? null : maskHolderName(name), field: column, rule, message },
    ];
  });
  const detail = `${refused.length} completer(s) cannot be enrolled; nothing was applied`;
  return sessionError('COMPLETERS_REFUSED', detail, { refused });
}
