import type { CandidateFailedData, CandidatePassedData, EventEnvelope } from '@tianfu/contracts';
import { onlyDuplicateKeys } from '@tianfu/eventstore';
import type { Collection } from 'mongodb';
import type { HeldLevel } from '../domain/candidate-background.ts';

/** One outcome as a fact (`_id` = eventId: recording it twice is a duplicate key, nothing else). */
export interface OutcomeFact {
  _id: string;
  workerId: string;
  assessment: string;
  passed: boolean;
  level: HeldLevel['level'];
  occupationCode: string;
  sessionDate: string;
  decidedAt: string;
}

export interface KnownLevels {
  record(events: readonly EventEnvelope[]): Promise<void>;
  /** The levels each worker passed here, the latest outcome of each assessment deciding (§2.3 "certificates the platform knows"). */
  of(workerIds: readonly string[]): Promise<ReadonlyMap<string, readonly HeldLevel[]>>;
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

function heldLevels(facts: readonly OutcomeFact[]): Map<string, HeldLevel[]> {
  const latest = new Map<string, OutcomeFact>();
  for (const fact of facts) {
    const known = latest.get(fact.assessment);
    if (known === undefined || known.decidedAt < fact.decidedAt) latest.set(fact.assessment, fact);
  }
  const byWorker = new Map<string, HeldLevel[]>();
  for (const fact of latest.values()) {
    if (!fact.passed) continue;
    const { level, occupationCode, sessionDate } = fact;
    const held = { level, occupationCode, obtainedOn: sessionDate, source: 'platform' as const, certificateNo: null };
    byWorker.set(fact.workerId, [...(byWorker.get(fact.workerId) ?? []), held]);
  }
  return byWorker;
}

/**
 * The outcomes this service decided, kept as insert-only facts beside the event store. They are
 * recorded after the append, so a crash between the two loses a fact until it is recorded again.
 */
export function knownLevels(facts: Collection<OutcomeFact>): KnownLevels {
  return {
    async record(events) {
      const outcomes = events.filter(isOutcome).map(factOf);
      if (outcomes.length === 0) return;
      try {
        await facts.insertMany(outcomes, { ordered: false });
      } catch (error) {
        if (!onlyDuplicateKeys(error)) throw error;
      }
    },
    async of(workerIds) {
      if (workerIds.length === 0) return new Map();
      const filter = workerIds.length === 1 ? { workerId: workerIds[0] } : { workerId: { $in: [...workerIds] } };
      return heldLevels(await facts.find(filter).toArray());
    },
  };
}
