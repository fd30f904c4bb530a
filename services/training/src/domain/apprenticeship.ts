import type {
  ApprenticeshipAgreedData,
  ApprenticeshipCompletedData,
  ApprenticeshipProgressRecordedData,
  ApprenticeshipTerminatedData,
  NewEvent,
  TerminationReasonCode,
} from '@tianfu/contracts';
import { chinaDate } from '@tianfu/contracts';
import type { Decider, DomainEvent } from '@tianfu/decider';
import { type AgreeApprenticeship, agreedData } from './apprenticeship-agreement.ts';
import { fieldsRefused, trainingError } from './training-errors.ts';

export type ProgressRecord = Omit<ApprenticeshipProgressRecordedData, 'apprenticeshipId' | 'workerId'>;

/** An apprenticeship (企业新型学徒制, docs/domain.md §7.6) as its events built it. */
export interface Apprenticeship extends ApprenticeshipAgreedData {
  readonly status: 'active' | 'completed' | 'terminated';
  readonly progress: readonly ProgressRecord[];
  /** The day it completed or was terminated, with the reason given; null while active. */
  readonly endedOn: string | null;
  readonly endReason: string | null;
  /** The kind of reason a termination gave; null while active or once completed. */
  readonly endReasonCode: TerminationReasonCode | null;
}
export type ApprenticeshipState = Apprenticeship | null;

export interface RecordProgress {
  readonly type: 'RecordProgress';
  readonly apprenticeshipId: string;
  readonly data: ProgressRecord;
}
export interface CompleteApprenticeship {
  readonly type: 'CompleteApprenticeship';
  readonly apprenticeshipId: string;
  readonly data: { readonly completedOn: string; readonly reason: string | null; readonly recordedAt: string };
}
export interface TerminateApprenticeship {
  readonly type: 'TerminateApprenticeship';
  readonly apprenticeshipId: string;
  readonly data: {
    readonly terminatedOn: string;
    readonly reason: string;
    readonly reasonCode: TerminationReasonCode;
    readonly recordedAt: string;
  };
}
export type ApprenticeshipCommand =
  | AgreeApprenticeship
  | RecordProgress
  | CompleteApprenticeship
  | TerminateApprenticeship;

export type ApprenticeshipEvent =
  | DomainEvent<'training.ApprenticeshipAgreed', ApprenticeshipAgreedData>
  | DomainEvent<'training.ApprenticeshipProgressRecorded', ApprenticeshipProgressRecordedData>
  | DomainEvent<'training.ApprenticeshipCompleted', ApprenticeshipCompletedData>
  | DomainEvent<'training.ApprenticeshipTerminated', ApprenticeshipTerminatedData>;
type Emitted = NewEvent<ApprenticeshipEvent['type'], ApprenticeshipEvent['data']>;

export const apprenticeshipNotFound = (apprenticeshipId: string) =>
  trainingError('APPRENTICESHIP_NOT_FOUND', `apprenticeship ${apprenticeshipId} is not agreed`);

/** A day of the term: not before the first day, not after today (China time). */
function checkDay(state: Apprenticeship, field: string, day: string, recordedAt: string): void {
  const today = chinaDate(recordedAt);
  const problem =
    day < state.startsOn
      ? { rule: 'before_start', message: `${day} is before the apprenticeship starts on ${state.startsOn}` }
      : day > today
        ? { rule: 'in_future', message: `${day} is after today (${today})` }
        : null;
  if (problem !== null) throw fieldsRefused('APPRENTICESHIP_DATE_INVALID', [{ field, ...problem }]);
}

function active(state: ApprenticeshipState, apprenticeshipId: string): Apprenticeship {
  if (state === null) throw apprenticeshipNotFound(apprenticeshipId);
  if (state.status !== 'active') {
    throw trainingError(
      'APPRENTICESHIP_ENDED',
      `apprenticeship ${apprenticeshipId} was ${state.status} on ${state.endedOn}`,
    );
  }
  return state;
}

/** The same record again is a retry (nothing new); another record under its id is refused. */
function recordProgress({ data }: RecordProgress, state: Apprenticeship): Emitted[] {
  const same = state.progress.find((p) => p.progressId === data.progressId);
  if (same !== undefined) {
    if (same.on === data.on && same.stage === data.stage && same.hours === data.hours) return [];
    throw trainingError('PROGRESS_ID_REUSED', `progress ${data.progressId} was recorded with other facts`);
  }
  checkDay(state, 'on', data.on, data.recordedAt);
  const { apprenticeshipId, workerId } = state;
  return [
    {
      type: 'training.ApprenticeshipProgressRecorded',
      data: { ...data, apprenticeshipId, workerId },
      occurredAt: data.recordedAt,
    },
  ];
}

/** On or after the planned end; before it only with a reason (docs/domain.md §7.6). */
function complete({ data }: CompleteApprenticeship, state: Apprenticeship): Emitted[] {
  checkDay(state, 'completedOn', data.completedOn, data.recordedAt);
  if (data.completedOn < state.plannedEndOn && data.reason === null) {
    const message = `completing before the planned end ${state.plannedEndOn} needs a reason`;
    throw fieldsRefused('COMPLETION_REASON_REQUIRED', [
      { field: 'reason', rule: 'required_before_planned_end', message },
    ]);
  }
  const { apprenticeshipId, workerId, apprenticeName, providerId, employer, occupationCode, targetLevel, startsOn } =
    state;
  const completed: ApprenticeshipCompletedData = {
    apprenticeshipId,
    workerId,
    apprenticeName,
    providerId,
    employerName: employer.name,
    employerRegionCode: employer.regionCode,
    occupationCode,
    targetLevel,
    startsOn,
    completedOn: data.completedOn,
    totalHours: state.progress.reduce((sum, p) => sum + p.hours, 0),
    reason: data.reason,
    recordedAt: data.recordedAt,
  };
  return [{ type: 'training.ApprenticeshipCompleted', data: completed, occurredAt: data.recordedAt }];
}

function terminate({ data }: TerminateApprenticeship, state: Apprenticeship): Emitted[] {
  checkDay(state, 'terminatedOn', data.terminatedOn, data.recordedAt);
  const { apprenticeshipId, workerId } = state;
  return [
    {
      type: 'training.ApprenticeshipTerminated',
      data: { ...data, apprenticeshipId, workerId },
      occurredAt: data.recordedAt,
    },
  ];
}

/** A completion sent again with the same day and reason is a retry: nothing new (docs/domain.md §7.6). */
const isRepeatedCompletion = (command: ApprenticeshipCommand, state: ApprenticeshipState): boolean =>
  command.type === 'CompleteApprenticeship' &&
  state?.status === 'completed' &&
  state.endedOn === command.data.completedOn &&
  state.endReason === command.data.reason;

function decide(command: ApprenticeshipCommand, state: ApprenticeshipState): readonly Emitted[] {
  if (command.type === 'AgreeApprenticeship') {
    const { apprenticeshipId, agreedAt } = command.data;
    if (state !== null) {
      throw trainingError('APPRENTICESHIP_ALREADY_AGREED', `apprenticeship ${apprenticeshipId} is already agreed`);
    }
    return [{ type: 'training.ApprenticeshipAgreed', data: agreedData(command), occurredAt: agreedAt }];
  }
  if (isRepeatedCompletion(command, state)) return [];
  const current = active(state, command.apprenticeshipId);
  if (command.type === 'RecordProgress') return recordProgress(command, current);
  if (command.type === 'CompleteApprenticeship') return complete(command, current);
  return terminate(command, current);
}

const ended = (
  state: ApprenticeshipState,
  status: Apprenticeship['status'],
  on: string,
  reason: string | null,
  reasonCode: TerminationReasonCode | null = null,
) => state && { ...state, status, endedOn: on, endReason: reason, endReasonCode: reasonCode };

function evolve(state: ApprenticeshipState, event: ApprenticeshipEvent): ApprenticeshipState {
  switch (event.type) {
    case 'training.ApprenticeshipAgreed':
      return { ...event.data, status: 'active', progress: [], endedOn: null, endReason: null, endReasonCode: null };
    case 'training.ApprenticeshipProgressRecorded': {
      const { apprenticeshipId: _a, workerId: _w, ...record } = event.data;
      return state && { ...state, progress: [...state.progress, record] };
    }
    case 'training.ApprenticeshipCompleted':
      return ended(state, 'completed', event.data.completedOn, event.data.reason);
    case 'training.ApprenticeshipTerminated': {
      const { terminatedOn, reason, reasonCode } = event.data;
      return ended(state, 'terminated', terminatedOn, reason, reasonCode);
    }
  }
}

/** An apprenticeship agreement and its course to completion or termination (docs/domain.md §7.6). */
export const apprenticeship: Decider<ApprenticeshipCommand, ApprenticeshipState, ApprenticeshipEvent> = {
  initialState: () => null,
  decide,
  evolve,
};
