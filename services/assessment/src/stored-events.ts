import { assessmentEvents, createEventRegistry } from '@tianfu/contracts';
import { type EventStore, readingLatest as readingLatestOf } from '@tianfu/eventstore';

/** The contracts of the events assessment writes: the store stamps their latest versions, reads lift to them. */
export const assessmentRegistry = createEventRegistry(assessmentEvents);

/** The store as the deciders read it: every event at its latest schema version. */
export const readingLatest = (store: EventStore): EventStore => readingLatestOf(store, assessmentRegistry);
