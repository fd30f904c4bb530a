import type {
  AttendanceCorrectedData,
  AttendanceSignedInData,
  AttendanceVoidedData,
  ClassCompletedData,
  NewEvent,
  RosterSheetAcceptedData,
  SealedName,
  SealedTargetGroups,
  TraineeCompletedData,
  TraineeEnrolledData,
  TraineeNotCompletedData,
} from '@tianfu/contracts';
import type { DomainEvent } from '@tianfu/decider';

export type RosterEvent =
  | DomainEvent<'training.TraineeEnrolled', TraineeEnrolledData>
  | DomainEvent<'training.RosterSheetAccepted', RosterSheetAcceptedData>
  | DomainEvent<'training.AttendanceSignedIn', AttendanceSignedInData>
  | DomainEvent<'training.AttendanceCorrected', AttendanceCorrectedData>
  | DomainEvent<'training.AttendanceVoided', AttendanceVoidedData>
  | DomainEvent<'training.TraineeCompleted', TraineeCompletedData>
  | DomainEvent<'training.TraineeNotCompleted', TraineeNotCompletedData>
  | DomainEvent<'training.ClassCompleted', ClassCompletedData>;

/** An event a roster command emits, before the store gives it a position. */
export type RosterEmitted = NewEvent<RosterEvent['type'], RosterEvent['data']>;

/** What completion decided for a trainee; the 培训合格证书 number for a completer. */
export interface TraineeOutcome {
  readonly completed: boolean;
  readonly attendedHours: number;
  readonly certificateNo: string | null;
}

export interface Trainee {
  readonly enrolmentId: string;
  readonly workerId: string;
  readonly holderName: SealedName;
  readonly targetGroups: SealedTargetGroups;
  readonly voucherId: string | null;
  outcome: TraineeOutcome | null;
}

/**
 * Where a trainee's attendance at one sitting stands after the log so far: `hours` null counts
 * the whole sitting (a sign-in), a number is what a correction set, and a void counts nothing.
 */
export interface SittingAttendance {
  readonly signedAt: string | null;
  readonly hours: number | null;
  readonly voided: boolean;
}

/**
 * A class's roster: its trainees, their attendance log folded per sitting, the sheets applied and
 * the completion (docs/domain.md §7.2–7.5). The roster is the consistency boundary for capacity, one
 * enrolment per worker and one sign-in per sitting.
 */
export interface Roster {
  readonly trainees: Map<string, Trainee>;
  readonly enrolmentByWorker: Map<string, string>;
  /** Keyed by attendanceKey(sittingId, workerId). */
  readonly attendance: Map<string, SittingAttendance>;
  readonly sheets: Set<string>;
  completed: ClassCompletedData | null;
}

export const attendanceKey = (sittingId: string, workerId: string): string => `${sittingId}\n${workerId}`;

/** 学员编号: the enrolment order within the class. */
export const enrolmentIdAt = (index: number): string => String(index).padStart(5, '0');

export const emptyRoster = (): Roster => ({
  trainees: new Map(),
  enrolmentByWorker: new Map(),
  attendance: new Map(),
  sheets: new Set(),
  completed: null,
});

/**
 * Takes ownership of `roster` and updates its maps in place: a class may hold thousands of trainees
 * and sign-ins, and copying them per event would make a fold quadratic.
 */
export function evolveRoster(roster: Roster, event: RosterEvent): Roster {
  switch (event.type) {
    case 'training.TraineeEnrolled': {
      const { enrolmentId, workerId, holderName, targetGroups, voucherId } = event.data;
      roster.trainees.set(enrolmentId, { enrolmentId, workerId, holderName, targetGroups, voucherId, outcome: null });
      roster.enrolmentByWorker.set(workerId, enrolmentId);
      return roster;
    }
    case 'training.RosterSheetAccepted':
      roster.sheets.add(event.data.fileHash);
      return roster;
    case 'training.AttendanceSignedIn': {
      const { sittingId, workerId, signedAt } = event.data;
      roster.attendance.set(attendanceKey(sittingId, workerId), { signedAt, hours: null, voided: false });
      return roster;
    }
    case 'training.AttendanceCorrected': {
      const key = attendanceKey(event.data.sittingId, event.data.workerId);
      const signedAt = roster.attendance.get(key)?.signedAt ?? null;
      roster.attendance.set(key, { signedAt, hours: event.data.hours, voided: false });
      return roster;
    }
    case 'training.AttendanceVoided': {
      const key = attendanceKey(event.data.sittingId, event.data.workerId);
      roster.attendance.set(key, { signedAt: null, hours: null, voided: true });
      return roster;
    }
    case 'training.ClassCompleted':
      roster.completed = event.data;
      return roster;
    case 'training.TraineeCompleted':
    case 'training.TraineeNotCompleted': {
      const trainee = roster.trainees.get(event.data.enrolmentId);
      const certificateNo = 'certificateNo' in event.data ? event.data.certificateNo : null;
      const { attendedHours } = event.data;
      if (trainee) trainee.outcome = { completed: certificateNo !== null, attendedHours, certificateNo };
      return roster;
    }
  }
}
