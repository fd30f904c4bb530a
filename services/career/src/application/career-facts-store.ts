import type { Collection } from 'mongodb';
import type { CareerFact } from '../domain/career-facts.ts';
import { insertAllOnce } from './insert-all-once.ts';

/** A fact as stored: insert-only, `_id` = the factId (the eventId), so a redelivery is a duplicate key and nothing else. */
export type FactDocument = CareerFact & { readonly _id: string };

export interface CareerFactsStore {
  record(facts: readonly CareerFact[]): Promise<void>;
  factsOf(workerId: string): Promise<CareerFact[]>;
}

export function careerFactsStore(facts: Collection<FactDocument>): CareerFactsStore {
  return {
    record: (list) =>
      insertAllOnce(
        facts,
        list.map((fact) => ({ ...fact, _id: fact.factId })),
      ),
    async factsOf(workerId) {
      const docs = await facts.find({ workerId }).toArray();
      return docs.map(({ _id, ...fact }) => fact as CareerFact);
    },
  };
}
