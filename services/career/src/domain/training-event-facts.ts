import {
  chinaDate,
  type EventHandlers,
  type TraineeCompletedData,
  type TraineeNotCompletedData,
  type trainingEvents,
} from '@tianfu/contracts';
import { facts, type ProjectedEvent, reference } from './projected-event.ts';
import type { TrainingOutcomeFact } from './training-facts.ts';

type TrainingEventDefinition = (typeof trainingEvents)[number];

const outcome = (
  eventId: string,
  data: TraineeCompletedData | TraineeNotCompletedData,
  certificateNo: string | null,
): TrainingOutcomeFact => ({
  kind: 'training-outcome',
  factId: eventId,
  workerId: data.workerId,
  date: data.completedOn,
  classId: data.classId,
  enrolmentId: data.enrolmentId,
  completed: certificateNo !== null,
  attendedHours: data.attendedHours,
  classHours: data.classHours,
  certificateNo,
});

/**
 * What training's events add to career (docs/domain.md §7): providers and classes as references,
 * each trainee's enrolment and outcome and each apprenticeship's course as their facts.
 * Attendance stays the provider's log: the outcome carries the hours it came to.
 */
export const trainingProjections: EventHandlers<TrainingEventDefinition, ProjectedEvent> = {
  'training.ProviderRegistered': ({ data }) =>
    reference({
      kind: 'provider',
      referenceId: data.providerId,
      name: data.name,
      providerKind: data.kind,
      regionCode: data.regionCode,
    }),
  'training.ClassFiled': ({ data }) => {
    const days = data.sittings.map((s) => s.date).sort();
    return reference({
      kind: 'class',
      referenceId: data.classId,
      providerId: data.providerId,
      name: data.name,
      item: data.item,
      targetLevel: data.targetLevel,
      trainingKind: data.kind,
      deliveryModel: data.deliveryModel,
      brand: data.brand,
      subsidised: data.subsidised,
      firstDay: days[0] as string,
      lastDay: days.at(-1) as string,
      hours: data.sittings.reduce((sum, s) => sum + s.theoryHours + s.practicalHours, 0),
    });
  },
  'training.TraineeEnrolled': ({ eventId, data }) =>
    facts({
      kind: 'training-enrolment',
      factId: eventId,
      workerId: data.workerId,
      date: chinaDate(data.enrolledAt),
      classId: data.classId,
      providerId: data.providerId,
      enrolmentId: data.enrolmentId,
      targetGroups: data.targetGroups,
      holderName: data.holderName,
    }),
  'training.TraineeCompleted': ({ eventId, data }) => facts(outcome(eventId, data, data.certificateNo)),
  'training.TraineeNotCompleted': ({ eventId, data }) => facts(outcome(eventId, data, null)),
  'training.ClassCompleted': 'ignored',
  'training.ApprenticeshipCompleted': ({ eventId, data }) =>
    facts({
      kind: 'apprenticeship',
      factId: eventId,
      workerId: data.workerId,
      date: data.completedOn,
      apprenticeshipId: data.apprenticeshipId,
      occupationCode: data.occupationCode,
      employerName: data.employerName,
      holderName: data.apprenticeName,
    }),
  'training.ApprenticeshipAgreed': ({ eventId, data }) =>
    facts({
      kind: 'apprenticeship-agreed',
      factId: eventId,
      workerId: data.workerId,
      date: data.startsOn,
      apprenticeshipId: data.apprenticeshipId,
      employerName: data.employer.name,
      employerRegionCode: data.employer.regionCode,
      providerId: data.providerId,
      occupationCode: data.occupationCode,
      targetLevel: data.targetLevel,
      plannedEndOn: data.plannedEndOn,
    }),
  'training.ApprenticeshipProgressRecorded': ({ eventId, data }) =>
    facts({
      kind: 'apprenticeship-progress',
      factId: eventId,
      workerId: data.workerId,
      date: data.on,
      apprenticeshipId: data.apprenticeshipId,
      progressId: data.progressId,
      hours: data.hours,
    }),
  'training.ApprenticeshipTerminated': ({ eventId, data }) =>
    facts({
      kind: 'apprenticeship-terminated',
      factId: eventId,
      workerId: data.workerId,
      date: data.terminatedOn,
      apprenticeshipId: data.apprenticeshipId,
      reasonCode: data.reasonCode,
    }),
  'training.ProviderGraded': 'ignored',
  'training.ProviderSuspended': 'ignored',
  'training.ProviderReinstated': 'ignored',
  'training.ProviderRemoved': 'ignored',
  'training.RosterSheetAccepted': 'ignored',
  'training.AttendanceSignedIn': 'ignored',
  'training.AttendanceCorrected': 'ignored',
  'training.AttendanceVoided': 'ignored',
  'training.VoucherIssued': 'ignored',
  'training.VoucherRedeemed': 'ignored',
  'training.VoucherReleased': 'ignored',
};
