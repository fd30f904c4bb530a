import type { BodyRegisteredData, BodyReinstatedData, BodySuspendedData, EventEnvelope } from '@tianfu/contracts';
import { insertOnce } from '@tianfu/messaging';
import type { Collection, Db } from 'mongodb';
import type { BodyFact } from './body-fact.ts';
import { type KnownBody, knownBody } from './known-body.ts';

/** The assessment events that become body facts, parsed by their contracts. */
export type BodyEvent =
  | EventEnvelope<'assessment.BodyRegistered', BodyRegisteredData>
  | EventEnvelope<'assessment.BodySuspended', BodySuspendedData>
  | EventEnvelope<'assessment.BodyReinstated', BodyReinstatedData>;

export interface BodyRegistry {
  /** Stores the event as a fact; a redelivery is a duplicate key and nothing else. */
  record(event: BodyEvent): Promise<void>;
  /** The body as registered, null when the registry has not (yet) heard of it. */
  find(bodyId: string): Promise<KnownBody | null>;
}

function factOf(event: BodyEvent): BodyFact {
  const _id = event.eventId;
  if (event.type === 'assessment.BodySuspended') {
    return { _id, kind: 'suspended', bodyId: event.data.bodyId, at: event.data.suspendedAt };
  }
  if (event.type === 'assessment.BodyReinstated') {
    return { _id, kind: 'reinstated', bodyId: event.data.bodyId, at: event.data.reinstatedAt };
  }
  const { bodyId, filingNo, name, category, regionCode, registeredAt } = event.data;
  return { _id, kind: 'registered', bodyId, filingNo, name, category, regionCode, at: registeredAt };
}

/** Insert-only facts (`_id` = eventId), never updated: a body's standing is derived from its facts when asked. */
export function bodyRegistry(collection: Collection<BodyFact>): BodyRegistry {
  return {
    async record(event) {
      await insertOnce(collection, factOf(event));
    },
    async find(bodyId) {
      return knownBody(await collection.find({ bodyId }).toArray());
    },
  };
}

/** The facts in a service's own `body_facts` collection, indexed by body. */
export async function openBodyRegistry(db: Db, name = 'body_facts'): Promise<BodyRegistry> {
  const collection = db.collection<BodyFact>(name);
  await collection.createIndex({ bodyId: 1 });
  return bodyRegistry(collection);
}
