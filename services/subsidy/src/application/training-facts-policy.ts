import { createEventRegistry, type EventEnvelope, eventDispatch, trainingEvents } from '@tianfu/contracts';
import type { TrainingRecords } from './training-records.ts';

const registry = createEventRegistry([...trainingEvents]);

/**
 * What the subsidy service reads of the training topic (docs/domain.md §7.9): each class filed,
 * each trainee's enrolment (groups sealed) and outcome, each apprenticeship agreed, completed or
 * terminated, kept as a fact keyed by its event id. Other events are not ours; one that fails its
 * contract goes to the dead-letter topic.
 */
export function trainingFactsPolicy(records: TrainingRecords) {
  const dispatch = eventDispatch(registry, {
    'training.ProviderRegistered': 'ignored',
    'training.ProviderGraded': 'ignored',
    'training.ProviderSuspended': 'ignored',
    'training.ProviderReinstated': 'ignored',
    'training.ProviderRemoved': 'ignored',
    'training.RosterSheetAccepted': 'ignored',
    'training.AttendanceSignedIn': 'ignored',
    'training.AttendanceCorrected': 'ignored',
    'training.AttendanceVoided': 'ignored',
    'training.ClassCompleted': 'ignored',
    'training.VoucherIssued': 'ignored',
    'training.VoucherRedeemed': 'ignored',
    'training.VoucherReleased': 'ignored',
    'training.ApprenticeshipProgressRecorded': 'ignored',
    'training.ClassFiled': ({ eventId, data }) =>
      records.record({
        _id: eventId,
        kind: 'class',
        classId: data.classId,
        providerId: data.providerId,
        occupationCode: data.item.kind === 'occupation' ? data.item.code : null,
        targetLevel: data.targetLevel,
        deliveryModel: data.deliveryModel,
        subsidised: data.subsidised,
      }),
    'training.TraineeEnrolled': ({ eventId, data }) =>
      records.record({
        _id: eventId,
        kind: 'enrolled',
        classId: data.classId,
        workerId: data.workerId,
        enrolmentId: data.enrolmentId,
        targetGroups: data.targetGroups,
      }),
    'training.TraineeCompleted': ({ eventId, data }) =>
      records.record({ ...outcomeOf(data), _id: eventId, completed: true }),
    'training.TraineeNotCompleted': ({ eventId, data }) =>
      records.record({ ...outcomeOf(data), _id: eventId, completed: false }),
    'training.ApprenticeshipAgreed': ({ eventId, data }) =>
      records.record({
        _id: eventId,
        kind: 'agreed',
        apprenticeshipId: data.apprenticeshipId,
        workerId: data.workerId,
        employerCode: data.employer.creditCode,
        providerId: data.providerId,
        occupationCode: data.occupationCode,
        targetLevel: data.targetLevel,
        startsOn: data.startsOn,
        plannedEndOn: data.plannedEndOn,
      }),
    'training.ApprenticeshipCompleted': ({ eventId, data }) =>
      records.record({
        _id: eventId,
        kind: 'apprenticeship-completed',
        apprenticeshipId: data.apprenticeshipId,
        workerId: data.workerId,
        on: data.completedOn,
      }),
    'training.ApprenticeshipTerminated': ({ eventId, data }) =>
      records.record({
        _id: eventId,
        kind: 'apprenticeship-terminated',
        apprenticeshipId: data.apprenticeshipId,
        workerId: data.workerId,
        on: data.terminatedOn,
      }),
  });
  return async (envelope: EventEnvelope): Promise<void> => {
    await dispatch(envelope);
  };
}

const outcomeOf = (data: {
  classId: string;
  workerId: string;
  enrolmentId: string;
  attendedHours: number;
  completedOn: string;
}) => ({
  kind: 'outcome' as const,
  classId: data.classId,
  workerId: data.workerId,
  enrolmentId: data.enrolmentId,
  attendedHours: data.attendedHours,
  on: data.completedOn,
});
