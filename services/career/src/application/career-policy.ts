import { certificationEvents, createEventRegistry, type EventEnvelope, talentEvents } from '@tianfu/contracts';
import { careerFactOf } from '../domain/event-facts.ts';
import type { CareerFactsStore } from './career-facts-store.ts';
import type { WorkerSummaries } from './worker-summaries.ts';

const registry = createEventRegistry([...certificationEvents, ...talentEvents]);
const relevant = new Set<string>(registry.eventTypes);

/**
 * The career projection's consumer (issue #6): each relevant event, parsed and upcast by its
 * contract, is stored as one fact; the worker's summary is then recomputed from all their facts.
 * A redelivered event is a duplicate key, and the summary is recomputed anyway (idempotent).
 */
export function careerPolicy(facts: CareerFactsStore, summaries: WorkerSummaries) {
  return async (envelope: EventEnvelope): Promise<void> => {
    if (!relevant.has(envelope.type)) return;
    const fact = careerFactOf(registry.parse(envelope));
    if (fact === null) return;
    await facts.record(fact);
    await summaries.refresh(fact.workerId);
  };
}
