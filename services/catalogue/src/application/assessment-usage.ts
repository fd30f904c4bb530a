import { assessmentEvents, createEventRegistry, type EventEnvelope, eventDispatch } from '@tianfu/contracts';
import type { EventHandler } from '@tianfu/messaging';
import type { UsageFact } from '../domain/catalogue-usage.ts';

const registry = createEventRegistry([...assessmentEvents]);

/** The usage facts the catalogue keeps of the assessment topic. */
export interface UsageFacts {
  /** Keeps `fact` under the id of its event: a redelivery is a duplicate key and nothing else. */
  record(eventId: string, fact: UsageFact): Promise<void>;
  /** Every filing and session fact of the occupation, with the closings of those sessions. */
  of(occupationCode: string): Promise<UsageFact[]>;
}

/**
 * What the catalogue keeps of tianfu.assessment.events: filings, their withdrawals, sessions
 * scheduled and closed, so a retirement can name what still uses the entry. Other events are not
 * its to act on; one that fails its contract goes to the dead-letter topic.
 */
export function assessmentUsagePolicy(facts: UsageFacts): EventHandler {
  const dispatch = eventDispatch(registry, {
    'assessment.OccupationFiled': ({ eventId, revision, data }) =>
      facts.record(eventId, {
        kind: 'filed',
        bodyId: data.bodyId,
        occupationCode: data.occupationCode,
        standardVersion: data.standardVersion,
        revision,
      }),
    'assessment.FilingWithdrawn': ({ eventId, revision, data }) =>
      facts.record(eventId, { kind: 'withdrawn', bodyId: data.bodyId, occupationCode: data.occupationCode, revision }),
    'assessment.SessionScheduled': ({ eventId, data }) =>
      facts.record(eventId, {
        kind: 'scheduled',
        sessionId: data.sessionId,
        occupationCode: data.occupationCode,
        standardVersion: data.standardVersion,
      }),
    'assessment.SessionClosed': ({ eventId, data }) =>
      facts.record(eventId, { kind: 'closed', sessionId: data.sessionId }),
    'assessment.BodyRegistered': 'ignored',
    'assessment.BodySuspended': 'ignored',
    'assessment.BodyReinstated': 'ignored',
    'assessment.ExaminerRegistered': 'ignored',
    'assessment.SupervisorRegistered': 'ignored',
    'assessment.SessionAmended': 'ignored',
    'assessment.CandidateEnrolled': 'ignored',
    'assessment.PartScoreRecorded': 'ignored',
    'assessment.PartScoreCorrected': 'ignored',
    'assessment.CandidatePassed': 'ignored',
    'assessment.CandidateFailed': 'ignored',
    'assessment.SheetAccepted': 'ignored',
  });
  return async (envelope: EventEnvelope) => {
    await dispatch(envelope);
  };
}
