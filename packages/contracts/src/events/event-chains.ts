import type { AnyEventDefinition } from './event-definition.ts';
import { eventContractError } from './event-errors.ts';

export interface ChainLink {
  readonly definition: AnyEventDefinition;
  /** From the previous version's parsed data to this version's input; version 1 starts the chain. */
  readonly upcast: (previous: unknown) => unknown;
}

/** Every version of one event type, index = schemaVersion − 1. */
export type EventChain = readonly ChainLink[];

/**
 * Groups definitions by type and checks each chain once, at start: versions 1..N without gaps or
 * duplicates, and an upcaster on every version above 1 (none on version 1), so a read can never
 * meet a version it cannot lift.
 */
export function buildEventChains(definitions: readonly AnyEventDefinition[]): ReadonlyMap<string, EventChain> {
  const byType = new Map<string, AnyEventDefinition[]>();
  for (const definition of definitions) {
    byType.set(definition.type, [...(byType.get(definition.type) ?? []), definition]);
  }
  const chains = new Map<string, EventChain>();
  for (const [type, versions] of byType) {
    const sorted = versions.toSorted((a, b) => a.schemaVersion - b.schemaVersion);
    chains.set(
      type,
      sorted.map((definition, index) => link(type, definition, index + 1)),
    );
  }
  return chains;
}

function link(type: string, definition: AnyEventDefinition, expectedVersion: number): ChainLink {
  const fail = (message: string) =>
    eventContractError('EVENT_REGISTRY_INVALID', `${type}: ${message}`, {
      eventType: type,
      schemaVersion: definition.schemaVersion,
    });
  if (definition.schemaVersion !== expectedVersion) {
    throw fail(
      `expected schema version ${expectedVersion}, found ${definition.schemaVersion} (versions run 1..N once each)`,
    );
  }
  if (expectedVersion === 1) {
    if (definition.upcast !== null) throw fail('version 1 has nothing to upcast from');
    return { definition, upcast: (data) => data };
  }
  if (definition.upcast === null)
    throw fail(`version ${expectedVersion} needs an upcast from version ${expectedVersion - 1}`);
  return { definition, upcast: definition.upcast };
}

/** The chain of `type`; throws UNKNOWN_EVENT_TYPE when the registry has none. */
export function chainOf(chains: ReadonlyMap<string, EventChain>, type: string): EventChain {
  const chain = chains.get(type);
  if (chain === undefined) {
    throw eventContractError('UNKNOWN_EVENT_TYPE', `no schema for event type ${type}`, { eventType: type });
  }
  return chain;
}

/** Chains are never empty: each is built from at least one definition. */
export const latestOf = (chain: EventChain): AnyEventDefinition => (chain.at(-1) as ChainLink).definition;
