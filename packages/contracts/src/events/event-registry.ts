import type { z } from 'zod';
import type { NewEvent } from '../envelope.ts';
import { storable } from '../storable/storable-schema.ts';
import { buildEventChains, chainOf, latestOf } from './event-chains.ts';
import type { AnyEventDefinition } from './event-definition.ts';
import type { LatestDefinitionOf, ParsedEvent } from './latest-definitions.ts';
import { checkEnvelope, liftToLatest, parseEventData } from './lift-to-latest.ts';

type LatestSchema<TDefs extends AnyEventDefinition, TType extends string> = LatestDefinitionOf<TDefs, TType>['schema'];

/** A new event checked against its type's latest schema, stamped with that version. */
export interface ValidatedNewEvent<TType extends string, TData> extends NewEvent<TType, TData> {
  readonly schemaVersion: number;
}

export interface EventRegistry<TDefs extends AnyEventDefinition> {
  readonly eventTypes: readonly TDefs['type'][];
  /** Checks the envelope, upcasts its data to the latest version and parses it with that schema. */
  parse(envelope: unknown): ParsedEvent<TDefs>;
  latestVersion(type: TDefs['type']): number;
  /** For writers: checks data against the latest schema and the storage limits. */
  validateNew<TType extends TDefs['type']>(
    type: TType,
    data: z.input<LatestSchema<TDefs, TType>>,
  ): ValidatedNewEvent<TType, z.output<LatestSchema<TDefs, TType>>>;
}

export function createEventRegistry<const TDefs extends readonly AnyEventDefinition[]>(
  definitions: TDefs,
): EventRegistry<TDefs[number]> {
  const chains = buildEventChains(definitions);
  const latest = (type: string): AnyEventDefinition => latestOf(chainOf(chains, type));
  function validateNew<TType extends TDefs[number]['type']>(
    type: TType,
    data: unknown,
  ): ValidatedNewEvent<TType, z.output<LatestSchema<TDefs[number], TType>>> {
    const definition = latest(type);
    const parsed = parseEventData(storable(definition.schema), definition, data);
    return {
      type,
      schemaVersion: definition.schemaVersion,
      data: parsed as z.output<LatestSchema<TDefs[number], TType>>,
    };
  }
  return {
    eventTypes: [...chains.keys()],
    parse(input) {
      const envelope = checkEnvelope(input);
      const data = liftToLatest(envelope.type, chainOf(chains, envelope.type), envelope.schemaVersion, envelope.data);
      return { ...envelope, schemaVersion: latest(envelope.type).schemaVersion, data } as ParsedEvent<TDefs[number]>;
    },
    latestVersion: (type) => latest(type).schemaVersion,
    validateNew,
  };
}
