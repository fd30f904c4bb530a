export type { Decider, DomainEvent } from './decider.ts';
export { foldEvents } from './decider.ts';
export type { DomainError } from './domain-error.ts';
export { domainError, isDomainError } from './domain-error.ts';
