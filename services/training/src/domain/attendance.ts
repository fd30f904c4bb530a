import { type ClassFacts, otherProvidersClass, type Sitting } from './class-facts.ts';
import { type Refusal, type RowProblem, refused, rowProblem, sheetRowsRejected } from './roster-errors.ts';
import { attendanceKey, type Roster, type RosterEmitted } from './roster-state.ts';

export interface SignInEntry {
  /** The sheet's line, or 1 for a device's sign-in. */
  readonly row: number;
  readonly workerId: string;
  readonly sittingId: string;
  readonly signedAt: string;
}

export interface SignIn {
  readonly type: 'SignIn';
  readonly data: {
    /** The provider the caller acts for (its device or clerk); null for the training office. */
    readonly byProviderId: string | null;
    readonly entries: readonly SignInEntry[];
    readonly source: 'device' | 'sheet';
    readonly deviceId: string | null;
    /** Set for a sheet: its hash makes a second upload a no-op. */
    readonly sheetHash: string | null;
    readonly at: string;
  };
  readonly facts: ClassFacts;
}

export interface CorrectAttendance {
  readonly type: 'CorrectAttendance';
  readonly data: {
    readonly byProviderId: string | null;
    readonly workerId: string;
    readonly sittingId: string;
    readonly hours: number;
    readonly reason: string;
    readonly at: string;
  };
  readonly facts: ClassFacts;
}

export interface VoidAttendance {
  readonly type: 'VoidAttendance';
  readonly data: {
    readonly byProviderId: string | null;
    readonly workerId: string;
    readonly sittingId: string;
    readonly reason: string;
    readonly at: string;
  };
  readonly facts: ClassFacts;
}

const sittingOf = (facts: ClassFacts, sittingId: string): Sitting | undefined =>
  facts.sittings.find((s) => s.sittingId === sittingId);

const notFound = (sittingId: string): Refusal => ({
  code: 'SITTING_NOT_FOUND',
  field: 'sittingId',
  rule: 'sitting_exists',
  message: `the class has no sitting ${sittingId}`,
});

const notEnrolled: Refusal = {
  code: 'TRAINEE_NOT_ENROLLED',
  field: 'idNumber',
  rule: 'enrolled_in_class',
  message: 'this worker is not enrolled in the class',
};

const instantMs = (at: string): number => new Date(at).getTime();

/** docs/domain.md §7.4: no sign-in for a sitting that does not exist, outside its time, in the future, for someone not enrolled. */
function signInRefusal(facts: ClassFacts, roster: Roster, entry: SignInEntry, at: string): Refusal | null {
  const sitting = sittingOf(facts, entry.sittingId);
  if (sitting === undefined) return notFound(entry.sittingId);
  const signed = instantMs(entry.signedAt);
  if (signed > instantMs(at))
    return {
      code: 'SIGN_IN_IN_FUTURE',
      field: 'signedAt',
      rule: 'not_in_future',
      message: `a sign-in at ${entry.signedAt} lies in the future`,
    };
  if (signed < instantMs(sitting.startsAt) || signed > instantMs(sitting.endsAt)) {
    const message = `sitting ${sitting.sittingId} runs ${sitting.startsAt} to ${sitting.endsAt}; ${entry.signedAt} is outside it`;
    return { code: 'SIGN_IN_OUTSIDE_SITTING', field: 'signedAt', rule: 'within_sitting', message };
  }
  if (!roster.enrolmentByWorker.has(entry.workerId)) return notEnrolled;
  return null;
}

const completedRefusal = (facts: ClassFacts): Refusal => ({
  code: 'CLASS_ALREADY_COMPLETED',
  field: 'classId',
  rule: 'class_open',
  message: `class ${facts.classId} is completed; its attendance is final`,
});

/**
 * Device or sheet sign-ins, all or nothing. The same sign-in again (same worker, sitting and time,
 * a device's retry) is a no-op; another one for a sitting already signed is refused.
 */
export function decideSignIn(command: SignIn, roster: Roster): readonly RosterEmitted[] {
  const { byProviderId, entries, source, deviceId, sheetHash, at } = command.data;
  const { facts } = command;
  if (sheetHash !== null && roster.sheets.has(sheetHash)) return [];
  const closed =
    otherProvidersClass(facts, byProviderId) ?? (roster.completed === null ? null : completedRefusal(facts));
  if (closed !== null) throw refused(closed);
  const signed = new Map<string, string>();
  const problems: RowProblem[] = [];
  const events: RosterEmitted[] = [];
  for (const entry of entries) {
    const key = attendanceKey(entry.sittingId, entry.workerId);
    const before = signed.get(key) ?? roster.attendance.get(key)?.signedAt ?? null;
    const again = before !== null && instantMs(before) === instantMs(entry.signedAt);
    const twice: Refusal = {
      code: 'ALREADY_SIGNED_IN',
      field: 'sittingId',
      rule: 'once_per_sitting',
      message: `already signed in for sitting ${entry.sittingId} at ${before}`,
    };
    const refusal = again ? null : before !== null ? twice : signInRefusal(facts, roster, entry, at);
    if (refusal !== null) {
      if (sheetHash === null) throw refused(refusal);
      problems.push(rowProblem(entry.row, refusal));
      continue;
    }
    if (again) continue;
    signed.set(key, entry.signedAt);
    const { workerId, sittingId, signedAt } = entry;
    const enrolmentId = roster.enrolmentByWorker.get(workerId) as string;
    const data = {
      classId: facts.classId,
      sittingId,
      enrolmentId,
      workerId,
      signedAt,
      source,
      deviceId,
      recordedAt: at,
    };
    events.push({ type: 'training.AttendanceSignedIn', data, workerId, occurredAt: signedAt });
  }
  if (problems.length > 0) throw sheetRowsRejected(problems);
  if (sheetHash === null) return events;
  const accepted = {
    classId: facts.classId,
    kind: 'attendance' as const,
    fileHash: sheetHash,
    rows: entries.length,
    acceptedAt: at,
  };
  return [...events, { type: 'training.RosterSheetAccepted', data: accepted, occurredAt: at }];
}

/** The trainee and sitting a correction or void concerns, checked the same way. */
function logged(
  { facts, data }: CorrectAttendance | VoidAttendance,
  roster: Roster,
): { enrolmentId: string; sitting: Sitting } {
  const { byProviderId, workerId, sittingId } = data;
  const closed =
    otherProvidersClass(facts, byProviderId) ?? (roster.completed === null ? null : completedRefusal(facts));
  if (closed !== null) throw refused(closed);
  const sitting = sittingOf(facts, sittingId);
  if (sitting === undefined) throw refused(notFound(sittingId));
  const enrolmentId = roster.enrolmentByWorker.get(workerId);
  if (enrolmentId === undefined) throw refused(notEnrolled);
  return { enrolmentId, sitting };
}

/** Sets the hours attended at a sitting, with a reason: a late arrival, an early leave, a device that failed. */
export function decideCorrection(command: CorrectAttendance, roster: Roster): readonly RosterEmitted[] {
  const { workerId, sittingId, hours, reason, at } = command.data;
  const { enrolmentId, sitting } = logged(command, roster);
  if (hours > sitting.hours)
    throw refused({
      code: 'HOURS_EXCEED_SITTING',
      field: 'hours',
      rule: 'within_sitting_hours',
      message: `sitting ${sittingId} has ${sitting.hours} hours`,
    });
  const data = { classId: command.facts.classId, sittingId, enrolmentId, workerId, hours, reason, correctedAt: at };
  return [{ type: 'training.AttendanceCorrected', data, workerId, occurredAt: at }];
}

/** Withdraws a sign-in (e.g. someone signed for another, 代签): the sitting then counts nothing. */
export function decideVoid(command: VoidAttendance, roster: Roster): readonly RosterEmitted[] {
  const { workerId, sittingId, reason, at } = command.data;
  const { enrolmentId } = logged(command, roster);
  const entry = roster.attendance.get(attendanceKey(sittingId, workerId));
  if (entry === undefined || entry.voided)
    throw refused({
      code: 'ATTENDANCE_NOT_FOUND',
      field: 'sittingId',
      rule: 'attendance_recorded',
      message: `no attendance at sitting ${sittingId} to void`,
    });
  const data = { classId: command.facts.classId, sittingId, enrolmentId, workerId, reason, voidedAt: at };
  return [{ type: 'training.AttendanceVoided', data, workerId, occurredAt: at }];
}
