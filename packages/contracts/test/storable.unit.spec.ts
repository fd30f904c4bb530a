import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EventEnvelopeSchema, StorableSchema, storable, storableProblems } from '../src/index.ts';
import { storedEvent } from './support/stored-event.ts';

describe('storable (docs/architecture.md "One rule for every write": FerretDB limits)', () => {
  it('given plain JSON with arrays in objects, then there is no problem', () => {
    expect(storableProblems({ a: [1, { b: [2, 3] }], c: 'x.y', d: null, e: -0.5, f: true })).toEqual([]);
  });

  it('given an array directly inside an array, then it reports NESTED_ARRAY at the inner array', () => {
    expect(storableProblems({ grid: [[1, 2], 3] })).toEqual([
      expect.objectContaining({ code: 'NESTED_ARRAY', path: ['grid', 0] }),
    ]);
  });

  it('given keys with a dot or a leading $, then each is reported at its path', () => {
    const problems = storableProblems({ outer: { 'a.b': 1, $set: 2, ok$: 3 } });
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['KEY_CONTAINS_DOT', ['outer', 'a.b']],
      ['KEY_STARTS_WITH_DOLLAR', ['outer', '$set']],
    ]);
  });

  it('given NaN and ±Infinity, then each is a NON_FINITE_NUMBER', () => {
    const problems = storableProblems([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1]);
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['NON_FINITE_NUMBER', [0]],
      ['NON_FINITE_NUMBER', [1]],
      ['NON_FINITE_NUMBER', [2]],
    ]);
  });

  it('given a NUL character in a string or a key, then it reports NUL_CHARACTER', () => {
    const problems = storableProblems({ name: 'a\u0000b', 'k\u0000': 1 });
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['NUL_CHARACTER', ['name']],
      ['NUL_CHARACTER', ['k\u0000']],
    ]);
  });

  it('given values JSON cannot carry, then it reports NOT_JSON', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(storableProblems({ at: new Date(0) })[0]).toMatchObject({ code: 'NOT_JSON', path: ['at'] });
    expect(storableProblems({ n: 1n })[0]).toMatchObject({ code: 'NOT_JSON', path: ['n'] });
    expect(storableProblems(cyclic)[0]).toMatchObject({ code: 'NOT_JSON', path: ['self'] });
    expect(storableProblems(undefined)[0]).toMatchObject({ code: 'NOT_JSON', path: [] });
  });

  it('treats an undefined property as absent, as JSON does, and allows a shared non-cyclic object', () => {
    const shared = { x: 1 };
    expect(storableProblems({ gone: undefined, a: shared, b: shared })).toEqual([]);
  });

  it('given a zod schema wrapped with storable, then violations become issues at their paths', () => {
    const schema = storable(z.object({ tags: z.array(z.unknown()) }));
    const result = schema.safeParse({ tags: [['nested']] });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ code: 'custom', path: ['tags', 0], message: expect.stringContaining('NESTED_ARRAY') }),
    ]);
    expect(StorableSchema.safeParse({ ok: [1] }).success).toBe(true);
  });

  it('given an envelope whose data breaks a limit, then EventEnvelopeSchema rejects it at data.<path>', () => {
    const envelope = storedEvent('assessment.CandidatePassed', 1, { scores: { 'theory.part': 80 } });
    const result = EventEnvelopeSchema.safeParse(envelope);
    expect(result.error?.issues[0]?.path).toEqual(['data', 'scores', 'theory.part']);
    expect(EventEnvelopeSchema.safeParse({ ...envelope, data: { scores: { theory: 80 } } }).success).toBe(true);
  });
});
