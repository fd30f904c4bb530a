import type { ProjectedEvent } from '../domain/projected-event.ts';
import { type ReferenceFact, referenceKey } from '../domain/reference-facts.ts';
import type { CareerReadSide } from './read-side.ts';
import type { TrainingGroupCounts } from './training-group-counts.ts';

// The first registration of a reference stands, within a run as in the store.
const firstOfEach = (references: readonly ReferenceFact[]): ReferenceFact[] => {
  const first = new Map<string, ReferenceFact>();
  for (const reference of references)
    if (!first.has(referenceKey(reference))) first.set(referenceKey(reference), reference);
  return [...first.values()];
};

/**
 * What a run of projected events, in order, adds to a set: its references and facts inserted in
 * one write each (`_id` says what each is, so a redelivered one is a duplicate and nothing else),
 * then the summary of each worker they name recomputed once from all their stored facts, then
 * each completion counted by target group. Every step is idempotent: a run written in part (a
 * crash midway) and delivered again ends as if written once.
 */
export async function applyProjected(
  { facts, references, summaries, index }: CareerReadSide,
  groups: TrainingGroupCounts,
  events: readonly ProjectedEvent[],
): Promise<void> {
  const newReferences = firstOfEach(events.flatMap((e) => e.references));
  const newFacts = events.flatMap((e) => e.facts);
  await references.record(newReferences);
  index.putReferences(newReferences);
  await facts.record(newFacts);
  const workers = await summaries.refreshAll(newFacts.map((f) => f.workerId));
  for (const fact of newFacts)
    if (fact.kind === 'training-outcome') await groups.count(workers.get(fact.workerId)?.facts ?? [], fact);
}
