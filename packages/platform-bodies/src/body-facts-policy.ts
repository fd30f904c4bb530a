import {
  assessmentEvents,
  BodyRegistered,
  BodyReinstated,
  BodySuspended,
  createEventRegistry,
  type EventEnvelope,
} from '@tianfu/contracts';
import type { EventHandler } from '@tianfu/messaging';
import type { BodyEvent, BodyRegistry } from './body-facts.ts';

const registry = createEventRegistry([...assessmentEvents]);
const kept: ReadonlySet<string> = new Set([BodyRegistered, BodySuspended, BodyReinstated].map((d) => d.type));

/**
 * What a service that issues in a body's name keeps of the assessment topic: each body registered,
 * suspended or reinstated becomes a fact, so the body's filing number and name come from the
 * authority's registration, never from a request. Other events are not ours to act on; one that
 * fails its contract goes to the dead-letter topic.
 */
export function bodyFactsPolicy(bodies: BodyRegistry): EventHandler {
  return async (envelope: EventEnvelope) => {
    if (!kept.has(envelope.type)) return;
    // Parsing keeps the type, one of those just checked.
    await bodies.record(registry.parse(envelope) as BodyEvent);
  };
}
