export type { Actor, EventEnvelope, NewEvent } from './envelope.ts';
export { ActorSchema, EventEnvelopeSchema, messageKey } from './envelope.ts';
export type { TopicName } from './topics.ts';
export { allTopics, deadLetterTopic, Topics } from './topics.ts';
