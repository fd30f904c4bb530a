import type { CareerFact } from './career-facts.ts';
import type { ReferenceFact } from './reference-facts.ts';

/** What one event adds to the read side: facts about workers, and reference facts joined when read. */
export interface ProjectedEvent {
  readonly facts: readonly CareerFact[];
  readonly references: readonly ReferenceFact[];
}

export const facts = (...list: CareerFact[]): ProjectedEvent => ({ facts: list, references: [] });
export const reference = (fact: ReferenceFact): ProjectedEvent => ({ facts: [], references: [fact] });
