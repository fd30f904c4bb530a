export type { BodyFact, BodyRegisteredFact, BodyStatusFact } from './body-fact.ts';
export type { BodyEvent, BodyRegistry } from './body-facts.ts';
export { bodyRegistry, openBodyRegistry } from './body-facts.ts';
export { bodyFactsPolicy } from './body-facts-policy.ts';
export type { KnownBody } from './known-body.ts';
export { knownBody } from './known-body.ts';
export type { IssuerClaim, IssuerErrorCode, RegisteredIssuer } from './registered-issuer.ts';
export { issuerStatuses, registeredIssuer } from './registered-issuer.ts';
