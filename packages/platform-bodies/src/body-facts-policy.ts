import { assessmentEvents, createEventRegistry, type EventEnvelope, eventDispatch } from '@tianfu/contracts';
import type { EventHandler } from '@tianfu/messaging';
import type { BodyRegistry } from './body-facts.ts';

const registry = createEventRegistry([...assessmentEvents]);

/**
 * What a service that issues in a body's name keeps of the assessment topic: each body registered,
 * suspended or reinstated becomes a fact, so the body's filing number and name come from the
 * authority's registration, never from a request. Other events are not ours to act on; one that
 * fails its contract goes to the dead-letter topic.
 */
export function bodyFactsPolicy(bodies: BodyRegistry): EventHandler {
  const dispatch = eventDispatch(registry, {
    'assessment.BodyRegistered': (event) => bodies.record(event),
    'assessment.BodySuspended': (event) => bodies.record(event),
    'assessment.BodyReinstated': (event) => bodies.record(event),
    'assessment.OccupationFiled': 'ignored',
    'assessment.FilingWithdrawn': 'ignored',
    'assessment.ExaminerRegistered': 'ignored',
    'assessment.SupervisorRegistered': 'ignored',
    'assessment.SessionScheduled': 'ignored',
    'assessment.SessionAmended': 'ignored',
    'assessment.CandidateEnrolled': 'ignored',
    'assessment.PartScoreRecorded': 'ignored',
    'assessment.PartScoreCorrected': 'ignored',
    'assessment.CandidatePassed': 'ignored',
    'assessment.CandidateFailed': 'ignored',
    'assessment.SessionClosed': 'ignored',
    'assessment.SheetAccepted': 'ignored',
  });
  return async (envelope: EventEnvelope) => {
    await dispatch(envelope);
  };
}
