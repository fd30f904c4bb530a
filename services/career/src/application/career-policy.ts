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
import { applyProjected } from './apply-projected.ts';
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
 * The career projection's consumer, which takes a run of events at once (`handleAll`) as the
 * consumer hands it: each relevant event is parsed and upcast by its contract (a broken one fails
 * the run before anything is written), then applyProjected stores what the run adds. One event
 * alone is a run of one. A redelivery inserts nothing and recomputes the same.
 */
export function careerPolicy(side: CareerReadSide, groups: TrainingGroupCounts) {
  const handleAll = async (envelopes: readonly EventEnvelope[]): Promise<void> => {
    await applyProjected(
      side,
      groups,
      envelopes.flatMap((envelope) => projectEnvelope(envelope) ?? []),
    );
  };
  return Object.assign((envelope: EventEnvelope) => handleAll([envelope]), {
    ignores: (envelope: EventEnvelope) => !projectEnvelope.handles(envelope.type),
    handleAll,
  });
}

export type CareerPolicy = ReturnType<typeof careerPolicy>;
