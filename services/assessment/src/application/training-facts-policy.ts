import { createEventRegistry, type EventEnvelope, eventDispatch, trainingEvents } from '@tianfu/contracts';
import type { EventHandler } from '@tianfu/messaging';
import {
  apprenticeshipFact,
  classCompletedFact,
  classFact,
  completionFact,
  enrolmentFact,
} from '../domain/training-facts.ts';
import type { TrainingFacts } from './training-facts.ts';

const registry = createEventRegistry([...trainingEvents]);

/**
 * What assessment keeps of the training topic: classes, enrolments, completions and completed
 * apprenticeships, as evidence for eligibility (docs/domain.md §2.3) and to enrol a class's
 * completers (§7.5). Providers, attendance and vouchers are not ours to act on. An event that
 * fails its contract goes to the dead-letter topic.
 */
export function trainingFactsPolicy(facts: TrainingFacts): EventHandler {
  const dispatch = eventDispatch(registry, {
    'training.ClassFiled': ({ data }) => facts.record(classFact(data)),
    'training.TraineeEnrolled': ({ data }) => facts.record(enrolmentFact(data)),
    'training.TraineeCompleted': ({ data }) => facts.record(completionFact(data)),
    'training.ClassCompleted': ({ data }) => facts.record(classCompletedFact(data)),
    'training.ApprenticeshipCompleted': ({ data }) => facts.record(apprenticeshipFact(data)),
    'training.ProviderRegistered': 'ignored',
    'training.ProviderGraded': 'ignored',
    'training.ProviderSuspended': 'ignored',
    'training.ProviderReinstated': 'ignored',
    'training.ProviderRemoved': 'ignored',
    'training.RosterSheetAccepted': 'ignored',
    'training.AttendanceSignedIn': 'ignored',
    'training.AttendanceCorrected': 'ignored',
    'training.AttendanceVoided': 'ignored',
    'training.TraineeNotCompleted': 'ignored',
    'training.VoucherIssued': 'ignored',
    'training.VoucherRedeemed': 'ignored',
    'training.VoucherReleased': 'ignored',
    'training.ApprenticeshipAgreed': 'ignored',
    'training.ApprenticeshipProgressRecorded': 'ignored',
    'training.ApprenticeshipTerminated': 'ignored',
  });
  const handle = async (envelope: EventEnvelope) => {
    await dispatch(envelope);
  };
  return Object.assign(handle, { ignores: (envelope: EventEnvelope) => !dispatch.handles(envelope.type) });
}
