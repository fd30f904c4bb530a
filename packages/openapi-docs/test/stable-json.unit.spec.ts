import { describe, expect, it } from 'vitest';
import { stableJson } from '../src/index.ts';

describe('stableJson', () => {
  it('sorts the keys of every object, however deep, and keeps the order of arrays', () => {
    const written = stableJson({
      paths: { '/b': { post: 1, get: 2 }, '/a': {} },
      openapi: '3.1.0',
      required: ['z', 'a'],
    });
    expect(written).toBe(
      '{\n  "openapi": "3.1.0",\n  "paths": {\n    "/a": {},\n    "/b": {\n      "get": 2,\n      "post": 1\n    }\n  },\n  "required": [\n    "z",\n    "a"\n  ]\n}\n',
    );
  });

  it('writes the same text for documents that differ only in key order', () => {
    expect(stableJson({ a: 1, b: { c: [{ d: 1, e: 2 }] } })).toBe(stableJson({ b: { c: [{ e: 2, d: 1 }] }, a: 1 }));
  });
});
