import type { SealedName, SealedTargetGroups } from '@tianfu/contracts';
import { type ClassFacts, chinaDay, classEndsOn, otherProvidersClass, unlistedProvider } from './class-facts.ts';
import { type Refusal, type RowProblem, refused, rowProblem, sheetRowsRejected } from './roster-errors.ts';
import { enrolmentIdAt, type Roster, type RosterEmitted } from './roster-state.ts';
import { redemptionProblem, type VoucherState } from './voucher.ts';

export interface Enrolment {
  /** The sheet's line, or 1 for a single enrolment. */
  readonly row: number;
  readonly workerId: string;
  /** Sealed under the worker's key before the command (the vault is I/O). */
  readonly holderName: SealedName;
  readonly targetGroups: SealedTargetGroups;
  /** The voucher to redeem with the state the handler read, or null. */
  readonly voucher: { readonly voucherId: string; readonly state: VoucherState } | null;
}

export interface EnrolTrainees {
  readonly type: 'EnrolTrainees';
  readonly data: {
    /** The provider the caller acts for: only a class's own provider enrols in it; null for the training office. */
    readonly byProviderId: string | null;
    readonly entries: readonly Enrolment[];
    /** Set for a sheet: its hash makes a second upload a no-op. */
    readonly sheetHash: string | null;
    readonly at: string;
  };
  /** Null when no class of that id is filed. */
  readonly facts: ClassFacts | null;
}

const notFiled: Refusal = {
  code: 'CLASS_NOT_FILED',
  field: 'classId',
  rule: 'class_filed',
  message: 'no class of this id is filed',
};

/** docs/domain.md §7.2: a listed provider's filed class that has not finished, taken only up to its capacity. */
function classRefusal(facts: ClassFacts, roster: Roster, byProviderId: string | null, today: string): Refusal | null {
  const field = 'classId';
  const other = otherProvidersClass(facts, byProviderId);
  if (other !== null) return other;
  const unlisted = unlistedProvider(facts.providerStanding, 'takes no enrolments');
  if (unlisted !== null) return unlisted;
  if (roster.completed !== null || today > classEndsOn(facts))
    return {
      code: 'CLASS_FINISHED',
      field,
      rule: 'class_not_finished',
      message: `class ${facts.classId} finished on ${classEndsOn(facts)}`,
    };
  return null;
}

interface Judged {
  readonly facts: ClassFacts;
  readonly roster: Roster;
  readonly today: string;
  readonly seen: ReadonlySet<string>;
}

function entryRefusal({ facts, roster, today, seen }: Judged, entry: Enrolment): Refusal | null {
  if (roster.enrolmentByWorker.has(entry.workerId) || seen.has(entry.workerId))
    return {
      code: 'TRAINEE_ALREADY_ENROLLED',
      field: 'idNumber',
      rule: 'once_per_class',
      message: 'this worker is already enrolled in the class',
    };
  if (entry.voucher === null) return null;
  const { voucherId, state } = entry.voucher;
  const { classId, providerId, providerStanding, kind } = facts;
  return redemptionProblem(state, {
    voucherId,
    workerId: entry.workerId,
    classId,
    providerId,
    providerStanding,
    kind,
    today,
  });
}

function capacityRefusal(facts: ClassFacts, roster: Roster, adding: number): Refusal | null {
  const free = facts.capacity - roster.trainees.size;
  if (adding <= free) return null;
  const message = `class ${facts.classId} has ${free} of ${facts.capacity} places free; ${adding} asked`;
  return { code: 'CLASS_FULL', field: 'classId', rule: 'capacity', message };
}

/** Enrols one worker or a whole sheet: every entry is checked first, and any refusal applies nothing. */
export function decideEnrolment(command: EnrolTrainees, roster: Roster): readonly RosterEmitted[] {
  const { byProviderId, entries, sheetHash, at } = command.data;
  const { facts } = command;
  if (sheetHash !== null && roster.sheets.has(sheetHash)) return [];
  if (facts === null) throw refused(notFiled);
  const today = chinaDay(at);
  const whole = classRefusal(facts, roster, byProviderId, today) ?? capacityRefusal(facts, roster, entries.length);
  if (whole !== null) throw refused(whole);
  const seen = new Set<string>();
  const problems: RowProblem[] = [];
  const events: RosterEmitted[] = [];
  for (const entry of entries) {
    const refusal = entryRefusal({ facts, roster, today, seen }, entry);
    seen.add(entry.workerId);
    if (refusal !== null) {
      if (sheetHash === null) throw refused(refusal);
      problems.push(rowProblem(entry.row, refusal));
      continue;
    }
    const enrolmentId = enrolmentIdAt(roster.trainees.size + events.length + 1);
    const { workerId, holderName, targetGroups } = entry;
    const voucherId = entry.voucher?.voucherId ?? null;
    const data = {
      classId: facts.classId,
      providerId: facts.providerId,
      enrolmentId,
      workerId,
      holderName,
      targetGroups,
      voucherId,
      enrolledAt: at,
    };
    events.push({ type: 'training.TraineeEnrolled', data, workerId, occurredAt: at });
  }
  if (problems.length > 0) throw sheetRowsRejected(problems);
  if (sheetHash === null) return events;
  const accepted = {
    classId: facts.classId,
    kind: 'enrolments' as const,
    fileHash: sheetHash,
    rows: entries.length,
    acceptedAt: at,
  };
  return [...events, { type: 'training.RosterSheetAccepted', data: accepted, occurredAt: at }];
}
