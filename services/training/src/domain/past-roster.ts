import type { CompletionRule, SealedName, SealedTargetGroups } from '@tianfu/contracts';
import { isDomainError } from '@tianfu/decider';
import { decideSignIn, type SignInEntry } from './attendance.ts';
import { type ClassFacts, unlistedProvider } from './class-facts.ts';
import { decideCompletion } from './completion.ts';
import { decideEnrolment } from './enrolment.ts';
import { type Refusal, type RowProblem, refused, sheetRowsRejected } from './roster-errors.ts';
import { emptyRoster, evolveRoster, type Roster, type RosterEmitted, type RosterEvent } from './roster-state.ts';

/** One trainee of a class that already ran, as the office's 补录 sheet gives them. */
export interface PastTrainee {
  readonly row: number;
  readonly workerId: string;
  readonly holderName: SealedName;
  readonly targetGroups: SealedTargetGroups;
  /** The China day they were enrolled. */
  readonly enrolledOn: string;
  /** The sittings they attended; each counts as a sign-in at the sitting's start. */
  readonly attended: readonly string[];
}

export interface RecordPastRoster {
  readonly type: 'RecordPastRoster';
  readonly data: { readonly trainees: readonly PastTrainee[]; readonly sheetHash: string; readonly at: string };
  readonly facts: ClassFacts;
  readonly rules: readonly CompletionRule[];
}

const sheetColumn: Readonly<Record<string, string>> = {
  sittingId: 'attended',
  signedAt: 'attended',
  class_not_finished: 'enrolledOn',
};

/** The rows a refusal of one step names, in the sheet's columns; anything else is not a refusal and goes on up. */
function problemsOf(error: unknown, row: number): RowProblem[] {
  if (!isDomainError(error)) throw error;
  const details = error.details ?? {};
  if (Array.isArray(details.problems)) {
    return (details.problems as RowProblem[]).map((p) => ({ ...p, column: sheetColumn[p.column] ?? p.column }));
  }
  const [first] = (details.errors ?? []) as { field: string; rule: string; message: string }[];
  if (first === undefined) throw error;
  const column = sheetColumn[first.rule] ?? sheetColumn[first.field] ?? first.field;
  return [{ row, column, rule: first.rule, message: first.message }];
}

/** Each trainee enrolled on their own day, in the order the days came, by the ordinary enrolment rules. */
function enrolments(command: RecordPastRoster, roster: Roster, problems: RowProblem[]): RosterEmitted[] {
  const { facts } = command;
  const byDay = [...command.data.trainees].sort((a, b) => a.enrolledOn.localeCompare(b.enrolledOn));
  return byDay.flatMap(({ row, workerId, holderName, targetGroups, enrolledOn }) => {
    const entries = [{ row, workerId, holderName, targetGroups, voucher: null }];
    const at = new Date(`${enrolledOn}T00:00:00+08:00`).toISOString();
    try {
      const events = decideEnrolment(
        { type: 'EnrolTrainees', data: { byProviderId: null, entries, sheetHash: null, at }, facts },
        roster,
      );
      for (const event of events) evolveRoster(roster, event as RosterEvent);
      return [...events];
    } catch (error) {
      problems.push(...problemsOf(error, row));
      return [];
    }
  });
}

/** The attended sittings as sign-ins at their start, by the ordinary attendance rules. */
function signIns(command: RecordPastRoster, roster: Roster, problems: RowProblem[]): RosterEmitted[] {
  const { facts, data } = command;
  const entries: SignInEntry[] = data.trainees
    .filter((t) => roster.enrolmentByWorker.has(t.workerId))
    .flatMap(({ row, workerId, attended }) =>
      attended.map((sittingId) => {
        const signedAt = facts.sittings.find((s) => s.sittingId === sittingId)?.startsAt ?? data.at;
        return { row, workerId, sittingId, signedAt };
      }),
    );
  const sheet = { byProviderId: null, entries, source: 'sheet' as const, deviceId: null };
  try {
    const events = decideSignIn(
      { type: 'SignIn', data: { ...sheet, sheetHash: data.sheetHash, at: data.at }, facts },
      roster,
    );
    // The attendance goes in with the roster's one sheet, accepted at the end.
    const signed = events.filter((e) => e.type === 'training.AttendanceSignedIn');
    for (const event of signed) evolveRoster(roster, event as RosterEvent);
    return signed;
  } catch (error) {
    problems.push(...problemsOf(error, 1));
    return [];
  }
}

function wholeClassRefusal(facts: ClassFacts, roster: Roster): Refusal | null {
  if (!facts.lateFiled)
    return {
      code: 'CLASS_NOT_FILED_LATE',
      field: 'classId',
      rule: 'late_filed_class',
      message: `class ${facts.classId} was filed ahead: its roster is kept as it happens`,
    };
  if (roster.trainees.size > 0 || roster.completed !== null)
    return {
      code: 'ROSTER_ALREADY_RECORDED',
      field: 'classId',
      rule: 'past_roster_once',
      message: `class ${facts.classId} has its roster recorded already`,
    };
  return unlistedProvider(facts.providerStanding, 'takes no enrolments');
}

/**
 * 补录 of a late-filed class's roster (docs/domain.md §7.1, §7.2, §7.4, §7.5): the enrolments on
 * their days, the attendance at its sittings and the completion after the last one, each decided
 * by the ordinary rules (capacity, once per class, sittings that exist, the attendance share) and
 * dated when it happened. All or nothing, every bad row named; the same sheet again changes nothing.
 */
export function decidePastRoster(command: RecordPastRoster, roster: Roster): readonly RosterEmitted[] {
  const { facts, rules, data } = command;
  if (roster.sheets.has(data.sheetHash)) return [];
  const whole = wholeClassRefusal(facts, roster);
  if (whole !== null) throw refused(whole);
  const scratch = emptyRoster();
  const problems: RowProblem[] = [];
  const enrolled = enrolments(command, scratch, problems);
  const signed = signIns(command, scratch, problems);
  if (problems.length > 0) throw sheetRowsRejected(problems.sort((a, b) => a.row - b.row));
  const completion = decideCompletion(
    { type: 'CompleteClass', data: { byProviderId: null, at: data.at }, facts, rules },
    scratch,
  );
  const accepted = {
    classId: facts.classId,
    kind: 'enrolments' as const,
    fileHash: data.sheetHash,
    rows: data.trainees.length,
    acceptedAt: data.at,
  };
  return [
    ...enrolled,
    ...signed,
    ...completion,
    { type: 'training.RosterSheetAccepted', data: accepted, occurredAt: data.at },
  ];
}
