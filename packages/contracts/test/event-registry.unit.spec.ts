import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import {
  createEventRegistry,
  defineEvent,
  type EventContractError,
  isEventContractError,
  isEventSchemaInvalidError,
  isUnknownEventTypeError,
} from '../src/index.ts';
import { storedEvent } from './support/stored-event.ts';
import { thrownBy } from './support/thrown-by.ts';

// A toy event: v1 stored a single name, v2 splits it and adds a score.
const ToyV1 = z.object({ name: z.string().min(1) });
const ToyV2 = z.object({ givenName: z.string(), familyName: z.string(), score: z.number().int().min(0).max(100) });

const toyV1 = defineEvent({ type: 'toy.Happened', schemaVersion: 1, schema: ToyV1 });
const toyV2 = defineEvent({
  type: 'toy.Happened',
  schemaVersion: 2,
  schema: ToyV2,
  upcast: (previous: z.output<typeof ToyV1>) => {
    const [familyName = '', ...rest] = previous.name.split(' ');
    return { givenName: rest.join(' '), familyName, score: 0 };
  },
});
const other = defineEvent({ type: 'toy.Other', schemaVersion: 1, schema: z.object({ n: z.number() }) });

const registry = createEventRegistry([toyV2, other, toyV1]);

const envelope = (type: string, schemaVersion: number, data: unknown) =>
  storedEvent(type, schemaVersion, data, { streamId: 'toy-1', revision: 3 });

const codeOf = (action: () => unknown) => (thrownBy(action) as EventContractError).code;

describe('event registry (docs/architecture.md "Events": upcast on read, never rewritten)', () => {
  it('knows the latest version of each type', () => {
    expect(registry.latestVersion('toy.Happened')).toBe(2);
    expect(registry.latestVersion('toy.Other')).toBe(1);
    expect(registry.eventTypes.toSorted()).toEqual(['toy.Happened', 'toy.Other']);
  });

  it('given a v1 envelope, when parsed, then data is upcast to v2 and the envelope says v2', () => {
    const parsed = registry.parse(envelope('toy.Happened', 1, { name: 'Li Hua' }));
    expect(parsed).toMatchObject({ type: 'toy.Happened', schemaVersion: 2, streamId: 'toy-1', revision: 3 });
    expect(parsed.data).toEqual({ givenName: 'Hua', familyName: 'Li', score: 0 });
  });

  it('given a v2 envelope, when parsed, then data is validated as is', () => {
    const data = { givenName: 'Hua', familyName: 'Li', score: 88 };
    expect(registry.parse(envelope('toy.Happened', 2, data)).data).toEqual(data);
  });

  it('narrows parsed events by type to their latest data', () => {
    const parsed = registry.parse(envelope('toy.Other', 1, { n: 1 }));
    if (parsed.type === 'toy.Happened') expectTypeOf(parsed.data).toEqualTypeOf<z.output<typeof ToyV2>>();
    if (parsed.type === 'toy.Other') expectTypeOf(parsed.data).toEqualTypeOf<{ n: number }>();
    expect(parsed.data).toEqual({ n: 1 });
  });

  it('given an unknown type, then it throws UNKNOWN_EVENT_TYPE', () => {
    const error = thrownBy(() => registry.parse(envelope('toy.Missing', 1, {})));
    expect(isUnknownEventTypeError(error)).toBe(true);
    expect(isEventContractError(error)).toBe(true);
    expect(codeOf(() => registry.latestVersion('toy.Missing' as 'toy.Other'))).toBe('UNKNOWN_EVENT_TYPE');
  });

  it('given a version newer than the registry knows, then it throws UNKNOWN_EVENT_VERSION', () => {
    expect(codeOf(() => registry.parse(envelope('toy.Happened', 3, {})))).toBe('UNKNOWN_EVENT_VERSION');
  });

  it('given data that breaks its version schema, then EVENT_SCHEMA_INVALID carries the zod issues', () => {
    const error = thrownBy(() => registry.parse(envelope('toy.Happened', 1, { name: '' })));
    expect(isEventSchemaInvalidError(error)).toBe(true);
    expect(error).toMatchObject({ eventType: 'toy.Happened', schemaVersion: 1 });
    expect((error as EventContractError).issues[0]?.path).toEqual(['name']);
  });

  it('given something that is not an envelope, then it throws EVENT_ENVELOPE_INVALID', () => {
    expect(codeOf(() => registry.parse({ type: 'toy.Other' }))).toBe('EVENT_ENVELOPE_INVALID');
    expect(codeOf(() => registry.parse(envelope('toy.Other', 1, { 'a.b': 1 })))).toBe('EVENT_ENVELOPE_INVALID');
  });

  it('validates new data for writers against the latest schema, stamped with its version', () => {
    const event = registry.validateNew('toy.Happened', { givenName: 'Hua', familyName: 'Li', score: 90 });
    expect(event).toEqual({
      type: 'toy.Happened',
      schemaVersion: 2,
      data: { givenName: 'Hua', familyName: 'Li', score: 90 },
    });
    expectTypeOf(event.data).toEqualTypeOf<z.output<typeof ToyV2>>();
    const error = thrownBy(() =>
      registry.validateNew('toy.Happened', { givenName: 'Hua', familyName: 'Li', score: 101 }),
    );
    expect((error as EventContractError).issues[0]?.path).toEqual(['score']);
  });

  it('rejects new data the store could not keep', () => {
    const tagged = defineEvent({
      type: 'toy.Tagged',
      schemaVersion: 1,
      schema: z.object({ tags: z.record(z.string(), z.string()) }),
    });
    const error = thrownBy(() => createEventRegistry([tagged]).validateNew('toy.Tagged', { tags: { 'a.b': 'x' } }));
    expect(isEventSchemaInvalidError(error)).toBe(true);
    expect((error as EventContractError).issues[0]?.path).toEqual(['tags', 'a.b']);
    expect((error as EventContractError).message).toContain('KEY_CONTAINS_DOT');
  });

  it.each([
    ['a gap in versions', [toyV2]],
    ['a duplicate version', [toyV1, toyV1, toyV2]],
    ['an upcast on version 1', [defineEvent({ ...toyV1, upcast: (p: z.output<typeof ToyV1>) => p })]],
    ['a later version without upcast', [toyV1, defineEvent({ type: 'toy.Happened', schemaVersion: 2, schema: ToyV2 })]],
  ])('given %s, when the registry is created, then it throws EVENT_REGISTRY_INVALID', (_, definitions) => {
    expect(codeOf(() => createEventRegistry(definitions))).toBe('EVENT_REGISTRY_INVALID');
  });
});

describe('event registry with three versions', () => {
  it('chains upcasters v1 → v2 → v3', () => {
    const toyV3 = defineEvent({
      type: 'toy.Happened',
      schemaVersion: 3,
      schema: ToyV2.extend({ passed: z.boolean() }),
      upcast: (previous: z.output<typeof ToyV2>) => ({ ...previous, passed: previous.score >= 60 }),
    });
    const three = createEventRegistry([toyV1, toyV2, toyV3]);
    expect(three.parse(envelope('toy.Happened', 1, { name: 'Li Hua' })).data).toEqual({
      givenName: 'Hua',
      familyName: 'Li',
      score: 0,
      passed: false,
    });
    expect(three.latestVersion('toy.Happened')).toBe(3);
  });
});
