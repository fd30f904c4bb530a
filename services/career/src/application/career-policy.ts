import {
  assessmentEvents,
  certificationEvents,
  competitionEvents,
  createEventRegistry,
  type EventEnvelope,
  eventDispatch,
  talentEvents,
  trainingEvents,
} from '@tianfu/contracts';
import { careerProjections } from '../domain/event-facts.ts';
import type { CareerReadSide } from './read-side.ts';
import type { TrainingGroupCounts } from './training-group-counts.ts';

/** Every event of the five topics the projection reads, by type and version. */
export const careerEventRegistry = createEventRegistry([
  ...assessmentEvents,
  ...certificationEvents,
  ...competitionEvents,
  ...talentEvents,
  ...trainingEvents,
]);

/** What an event adds to the read side, parsed and upcast by its contract; null for events the projection ignores. */
export const projectEnvelope = eventDispatch(careerEventRegistry, careerProjections);

/**
 * The career projection's consumer: each relevant event, parsed and upcast by its
 * contract, is stored as facts (and reference facts); each worker it concerns then has their
 * summary recomputed from all their facts; a trainee's completion is counted by target group. A redelivery inserts nothing and recomputes the same.
 */
export function careerPolicy({ facts, references, summaries, index }: CareerReadSide, groups: TrainingGroupCounts) {
  const project = async (envelope: EventEnvelope): Promise<void> => {
    const projected = projectEnvelope(envelope);
    if (projected === null) return;
    await references.record(projected.references);
    index.putReferences(projected.references);
    await facts.record(projected.facts);
    for (const workerId of new Set(projected.facts.map((f) => f.workerId))) await summaries.refresh(workerId);
    for (const fact of projected.facts) if (fact.kind === 'training-outcome') await groups.count(facts, fact);
  };
  return Object.assign(project, { ignores: (envelope: EventEnvelope) => !projectEnvelope.handles(envelope.type) });
}
