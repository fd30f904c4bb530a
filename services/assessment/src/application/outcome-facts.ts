import type { CandidateFailedData, CandidatePassedData, EventEnvelope } from '@tianfu/contracts';
import { onlyDuplicateKeys } from '@tianfu/eventstore';
import { byWorkers } from '@tianfu/platform-certificates';
import type { Collection } from 'mongodb';
import type { OutcomeFact } from '../domain/platform-facts.ts';

export interface OutcomeFacts {
  /** Records the outcomes among `events`; resolves once each is stored, by this call or an earlier one. */
  record(events: readonly EventEnvelope[]): Promise<void>;
  of(workerIds: readonly string[]): Promise<OutcomeFact[]>;
}

const isOutcome = (e: EventEnvelope): e is EventEnvelope<string, CandidatePassedData | CandidateFailedData> =>
  e.type === 'assessment.CandidatePassed' || e.type === 'assessment.CandidateFailed';

const factOf = (e: EventEnvelope<string, CandidatePassedData | CandidateFailedData>): OutcomeFact => ({
  _id: e.eventId,
  workerId: e.data.workerId,
  assessment: `${e.data.sessionId}/${e.data.candidateId}`,
  passed: e.type === 'assessment.CandidatePassed',
  level: e.data.level,
  occupationCode: e.data.occupationCode,
  sessionDate: e.data.sessionDate,
  decidedAt: e.data.decidedAt,
});

/**
 * The outcomes this service decided, as insert-only facts beside the event store, `_id` = eventId:
 * written after each commit and, if that failed or the process crashed first, by the read-model
 * consumer of the assessment topic (read-models.ts), so every published commit gets its facts and
 * a second write of one is a dropped duplicate.
 */
export function outcomeFacts(collection: Collection<OutcomeFact>): OutcomeFacts {
  return {
    async record(events) {
      const facts = events.filter(isOutcome).map(factOf);
      if (facts.length === 0) return;
      try {
        await collection.insertMany(facts, { ordered: false });
      } catch (error) {
        if (!onlyDuplicateKeys(error)) throw error;
      }
    },
    async of(workerIds) {
      return collection.find(byWorkers(workerIds)).toArray();
    },
  };
}
