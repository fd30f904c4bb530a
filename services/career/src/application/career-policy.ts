import {
  assessmentEvents,
  certificationEvents,
  competitionEvents,
  createEventRegistry,
  type EventEnvelope,
  talentEvents,
} from '@tianfu/contracts';
import { projectEvent, projectedEventTypes } from '../domain/event-facts.ts';
import type { CareerReadSide } from './read-side.ts';

const registry = createEventRegistry([
  ...assessmentEvents,
  ...certificationEvents,
  ...competitionEvents,
  ...talentEvents,
]);
const relevant = new Set<string>(projectedEventTypes);

/**
 * The career projection's consumer (issue #6): each relevant event, parsed and upcast by its
 * contract, is stored as facts (and reference facts); each worker it concerns then has their
 * summary recomputed from all their facts. A redelivery inserts nothing and recomputes the same.
 */
export function careerPolicy({ facts, references, summaries, index }: CareerReadSide) {
  return async (envelope: EventEnvelope): Promise<void> => {
    if (!relevant.has(envelope.type)) return;
    const projected = projectEvent(registry.parse(envelope));
    await references.record(projected.references);
    index.putReferences(projected.references);
    await facts.record(projected.facts);
    for (const workerId of new Set(projected.facts.map((f) => f.workerId))) await summaries.refresh(workerId);
  };
}
