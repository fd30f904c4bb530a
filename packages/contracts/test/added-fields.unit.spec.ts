import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { createEventRegistry, defineEvent, isEventSchemaInvalidError, withAddedFields } from '../src/index.ts';
import { storedEvent } from './support/stored-event.ts';
import { thrownBy } from './support/thrown-by.ts';

const placedV1 = defineEvent({ type: 'toy.Placed', schemaVersion: 1, schema: z.object({ name: z.string() }) });
const placed = withAddedFields(placedV1, 2, { fields: { count: z.number().int().min(0) }, defaults: { count: 0 } });
const registry = createEventRegistry([placedV1, placed]);

const envelope = (schemaVersion: number, data: unknown) => storedEvent('toy.Placed', schemaVersion, data);

describe('a version that only adds fields, its upcaster as data', () => {
  it('given a version 1 event, when parsed, then the added fields take their defaults and the rest is kept', () => {
    expect(registry.parse(envelope(1, { name: 'kiln' })).data).toEqual({ name: 'kiln', count: 0 });
  });

  it('given a version 2 event, then its own values are kept and checked by the extended schema', () => {
    expect(registry.parse(envelope(2, { name: 'kiln', count: 3 })).data).toEqual({ name: 'kiln', count: 3 });
    expect(isEventSchemaInvalidError(thrownBy(() => registry.parse(envelope(2, { name: 'kiln' }))))).toBe(true);
  });

  it('types the new version with the previous fields and the added ones', () => {
    expect([placed.type, placed.schemaVersion]).toEqual(['toy.Placed', 2]);
    expectTypeOf<z.output<typeof placed.schema>>().toEqualTypeOf<{ name: string; count: number }>();
  });
});
