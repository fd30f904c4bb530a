import type { CandidateFailedData, CandidatePassedData, EventEnvelope } from '@tianfu/contracts';
import { type EventPublisher, onlyDuplicateKeys } from '@tianfu/eventstore';
import { byWorkers } from '@tianfu/platform-certificates';
import type { Collection } from 'mongodb';
import type { OutcomeFact } from '../domain/platform-facts.ts';

/** How many outcome ids this process remembers as recorded: a bound on memory, not on correctness. */
const REMEMBERED = 50_000;

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
 * The outcomes this service decided, as insert-only facts beside the event store. Two writers
 * record them from the committed events, both inserts against `_id` = eventId: the command,
 * right after its append, so the next enrolment sees them at once; and the outbox relay, before
 * it marks a commit published (`recordingOutcomes`), so every published commit has its facts. A
 * crash between an append and the command's write therefore loses nothing: the commit is either
 * published already, its outcomes recorded by the relay, or still unpublished, and the relay of
 * this or the next process records them when it publishes it. In one process the second
 * writer waits for the first one's insert instead of repeating it (a duplicate key is slow on
 * FerretDB); after a crash, or on another instance, it inserts again and the duplicates are dropped.
 */
export function outcomeFacts(collection: Collection<OutcomeFact>): OutcomeFacts {
  const recorded = new Map<string, Promise<void>>();

  async function insert(facts: readonly OutcomeFact[]): Promise<void> {
    try {
      await collection.insertMany([...facts], { ordered: false });
    } catch (error) {
      if (!onlyDuplicateKeys(error)) throw error;
    }
  }

  function remember(facts: readonly OutcomeFact[], inserting: Promise<void>): void {
    for (const { _id } of facts) recorded.set(_id, inserting);
    // A failed insert is forgotten, so the next writer tries again.
    inserting.catch(() => {
      for (const { _id } of facts) if (recorded.get(_id) === inserting) recorded.delete(_id);
    });
    for (const id of recorded.keys()) {
      if (recorded.size <= REMEMBERED) break;
      recorded.delete(id);
    }
  }

  return {
    async record(events) {
      const outcomes = events.filter(isOutcome);
      const fresh = outcomes.filter((e) => !recorded.has(e.eventId)).map(factOf);
      const inserting = fresh.length > 0 ? insert(fresh) : Promise.resolve();
      const pending = new Set([inserting, ...outcomes.flatMap((e) => recorded.get(e.eventId) ?? [])]);
      if (fresh.length > 0) remember(fresh, inserting);
      await Promise.all(pending);
    },
    async of(workerIds) {
      return collection.find(byWorkers(workerIds)).toArray();
    },
  };
}

/** The relay's publisher: a commit's outcomes are stored before it counts as published. */
export const recordingOutcomes = (outcomes: OutcomeFacts, publisher: EventPublisher): EventPublisher => ({
  async publish(events) {
    await Promise.all([outcomes.record(events), publisher.publish(events)]);
  },
});
