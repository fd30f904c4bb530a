import { type InsertOnceResult, insertOnce } from '@tianfu/messaging';
import type { Collection } from 'mongodb';
import type { CareerFact } from '../domain/career-facts.ts';

/** A fact as stored: insert-only, `_id` = the eventId, so a redelivery is a duplicate key and nothing else. */
export type FactDocument = CareerFact & { readonly _id: string };

export interface CareerFactsStore {
  record(fact: CareerFact): Promise<InsertOnceResult>;
  factsOf(workerId: string): Promise<CareerFact[]>;
}

export function careerFactsStore(facts: Collection<FactDocument>): CareerFactsStore {
  return {
    record: (fact) => insertOnce(facts, { ...fact, _id: fact.factId }),
    async factsOf(workerId) {
      const docs = await facts.find({ workerId }).toArray();
      return docs.map(({ _id, ...fact }) => fact as CareerFact);
    },
  };
}
