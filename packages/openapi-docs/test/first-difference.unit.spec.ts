import { describe, expect, it } from 'vitest';
import { firstDifference, staleness } from '../src/index.ts';

const document = {
  info: { title: 'assessment', version: '0.1.0' },
  paths: { '/v1/bodies': { post: { summary: 'Register a body', tags: ['bodies'] } } },
};
const clone = () => structuredClone(document);

describe('firstDifference', () => {
  it('is null for equal documents, whatever their key order', () => {
    const reordered = { paths: document.paths, info: { version: '0.1.0', title: 'assessment' } };
    expect(firstDifference(document, reordered)).toBeNull();
  });

  it('names the first changed value by its JSONPath, quoting keys that are not identifiers', () => {
    const changed = clone();
    changed.paths['/v1/bodies'].post.summary = 'Register an evaluation body';
    expect(firstDifference(document, changed)).toBe('$.paths["/v1/bodies"].post.summary');
  });

  it('names a key one side lacks, and an array element past the shorter end', () => {
    const added = { ...clone(), servers: [] };
    expect(firstDifference(document, added)).toBe('$.servers');
    const tagged = clone();
    tagged.paths['/v1/bodies'].post.tags.push('authority');
    expect(firstDifference(document, tagged)).toBe('$.paths["/v1/bodies"].post.tags[1]');
  });

  it('tells an array from an object and a number from its string', () => {
    expect(firstDifference({ a: [] }, { a: {} })).toBe('$.a');
    expect(firstDifference({ a: 1 }, { a: '1' })).toBe('$.a');
  });
});

describe('staleness', () => {
  it('is null when the committed document is what the service serves', () => {
    expect(staleness('assessment', document, clone())).toBeNull();
  });

  it('names the file, the first differing path and the command that writes it again', () => {
    const served = clone();
    served.info.version = '0.2.0';
    expect(staleness('assessment', served, document)).toBe(
      'docs/openapi/assessment.json differs from the document assessment serves at $.info.version: ' +
        'write it again with `pnpm run openapi:write` (the local stack up)',
    );
  });

  it('says a missing document is missing', () => {
    expect(staleness('career', document, null)).toBe(
      'docs/openapi/career.json is missing: write it with `pnpm run openapi:write`',
    );
  });
});
