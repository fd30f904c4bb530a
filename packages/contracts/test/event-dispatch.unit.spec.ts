import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { createEventRegistry, defineEvent, eventDispatch, isEventSchemaInvalidError } from '../src/index.ts';
import { storedEvent } from './support/stored-event.ts';
import { thrownBy } from './support/thrown-by.ts';

const V1 = z.object({ name: z.string().min(1) });
const placedV1 = defineEvent({ type: 'toy.Placed', schemaVersion: 1, schema: V1 });
const placedV2 = defineEvent({
  type: 'toy.Placed',
  schemaVersion: 2,
  schema: V1.extend({ count: z.number().int() }),
  upcast: (v1: z.output<typeof V1>) => ({ ...v1, count: 0 }),
});
const cleared = defineEvent({ type: 'toy.Cleared', schemaVersion: 1, schema: z.object({ at: z.string() }) });
const noted = defineEvent({ type: 'toy.Noted', schemaVersion: 1, schema: z.object({ note: z.string() }) });

const registry = createEventRegistry([placedV1, placedV2, cleared, noted]);

const dispatch = eventDispatch(registry, {
  'toy.Placed': ({ data }) => `${data.name}×${data.count}`,
  'toy.Cleared': ({ data }) => `cleared ${data.at}`,
  'toy.Noted': 'ignored',
});

describe('event dispatch over a registry', () => {
  it('given a v1 event of a handled type, when dispatched, then its handler gets the data upcast to the latest version', () => {
    expect(dispatch(storedEvent('toy.Placed', 1, { name: 'kiln' }))).toBe('kiln×0');
    expect(dispatch(storedEvent('toy.Cleared', 1, { at: 'noon' }))).toBe('cleared noon');
  });

  it('given an ignored type or one the registry does not know, when dispatched, then nothing is parsed and the result is null', () => {
    expect(dispatch(storedEvent('toy.Noted', 1, { note: 42 }))).toBeNull();
    expect(dispatch(storedEvent('toy.Unheard', 9, null))).toBeNull();
    expect([dispatch.handles('toy.Placed'), dispatch.handles('toy.Noted')]).toEqual([true, false]);
  });

  it('given a handled event that fails its contract, when dispatched, then the registry error is thrown', () => {
    expect(isEventSchemaInvalidError(thrownBy(() => dispatch(storedEvent('toy.Cleared', 1, { at: 1 }))))).toBe(true);
  });

  it('types each handler with its own event at the latest version', () => {
    eventDispatch(registry, {
      'toy.Placed': (event) => expectTypeOf(event.data).toEqualTypeOf<{ name: string; count: number }>(),
      'toy.Cleared': (event) => expectTypeOf(event.type).toEqualTypeOf<'toy.Cleared'>(),
      'toy.Noted': 'ignored',
    });
  });

  it('does not compile when a type of the registry is neither handled nor ignored; at run time it is skipped', () => {
    // @ts-expect-error 'toy.Noted' is missing: a new event must be handled or listed as ignored
    const incomplete = eventDispatch(registry, { 'toy.Placed': () => 1, 'toy.Cleared': 'ignored' });
    expect(incomplete(storedEvent('toy.Noted', 1, { note: 'n' }))).toBeNull();
  });

  it('does not compile when a handler reads another type’s data', () => {
    eventDispatch(registry, {
      // @ts-expect-error toy.Cleared carries no `name`
      'toy.Cleared': ({ data }) => data.name,
      'toy.Placed': 'ignored',
      'toy.Noted': 'ignored',
    });
  });
});
