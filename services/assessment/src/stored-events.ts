import { assessmentEvents, createEventRegistry, type EventEnvelope } from '@tianfu/contracts';
import { type EventStore, upcastingStore } from '@tianfu/eventstore';

const registry = createEventRegistry(assessmentEvents);

/** Only an event stored under an older schema version is parsed and upcast; the rest pass as they are. */
const toLatest = (event: EventEnvelope): EventEnvelope =>
  registry.latestVersion(event.type as (typeof registry.eventTypes)[number]) === event.schemaVersion
    ? event
    : registry.parse(event);

/** The store as the deciders read it: every event at its latest schema version. */
export const readingLatest = (store: EventStore): EventStore => upcastingStore(store, toLatest);
