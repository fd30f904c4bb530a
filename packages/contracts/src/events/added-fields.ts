import type { z } from 'zod';
import type { EventDefinition } from './event-definition.ts';

/**
 * The next version of an event that only adds fields, its upcaster declared as data: an event
 * stored under the previous version gets `defaults` for the added fields, everything else as it was.
 */
export function withAddedFields<
  const TType extends string,
  const TVersion extends number,
  TShape extends z.ZodRawShape,
  TAdded extends z.ZodRawShape,
>(
  previous: EventDefinition<TType, number, z.ZodObject<TShape>>,
  schemaVersion: TVersion,
  added: { readonly fields: TAdded; readonly defaults: z.input<z.ZodObject<TAdded>> },
) {
  const schema = previous.schema.extend(added.fields);
  // The registry parses what this returns with `schema`, so the upcaster itself needs no types.
  const upcast = (older: unknown): unknown => Object.assign({}, older, added.defaults);
  return { type: previous.type, schemaVersion, schema, upcast } satisfies EventDefinition<
    TType,
    TVersion,
    typeof schema
  >;
}
