import type { z } from 'zod';

/**
 * One schema version of one event type. A version above 1 carries `upcast`, which turns the
 * previous version's parsed data into this version's input; chained, they lift any stored
 * version to the latest on read (docs/architecture.md "Events": upcast on read, never rewritten).
 */
export interface EventDefinition<
  TType extends string = string,
  TVersion extends number = number,
  TSchema extends z.ZodType = z.ZodType,
> {
  readonly type: TType;
  readonly schemaVersion: TVersion;
  readonly schema: TSchema;
  readonly upcast: ((previous: unknown) => unknown) | null;
}

export type AnyEventDefinition = EventDefinition<string, number, z.ZodType>;

export interface EventDefinitionInput<
  TType extends string,
  TVersion extends number,
  TSchema extends z.ZodType,
  TPrevious,
> {
  readonly type: TType;
  readonly schemaVersion: TVersion;
  readonly schema: TSchema;
  /** Annotate the parameter with the previous version's data type; the registry parses it first. */
  readonly upcast?: (previous: TPrevious) => z.input<TSchema>;
}

export function defineEvent<
  const TType extends string,
  const TVersion extends number,
  TSchema extends z.ZodType,
  TPrevious = unknown,
>(input: EventDefinitionInput<TType, TVersion, TSchema, TPrevious>): EventDefinition<TType, TVersion, TSchema> {
  const { type, schemaVersion, schema, upcast } = input;
  // Sound because the registry only calls an upcaster with data the previous version's schema produced.
  const widened = upcast as ((previous: unknown) => unknown) | undefined;
  return { type, schemaVersion, schema, upcast: widened ?? null };
}
