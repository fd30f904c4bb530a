import { describe, expect, it } from 'vitest';
import { failingProblems, justifiedWarnings, redoclyLint } from '../src/openapi/redocly-lint.ts';

const operation = (extra: Record<string, unknown>) => ({
  security: [],
  responses: {
    '200': { description: 'the thing' },
    '400': { description: 'bad input' },
  },
  ...extra,
});

const documentWith = (extra: Record<string, unknown>) => ({
  openapi: '3.1.0',
  info: { title: 'things', version: '1', description: 'Things.', license: { name: 'MIT', identifier: 'MIT' } },
  servers: [{ url: 'http://127.0.0.1:4199' }],
  tags: [{ name: 'things', description: 'The things' }],
  paths: { '/v1/things': { get: operation(extra) } },
});

describe("Redocly lint under the repository's redocly.yaml", () => {
  it('given a complete operation, when linted, then it finds no error', async () => {
    const result = await redoclyLint(
      documentWith({ operationId: 'listThings', summary: 'List things', tags: ['things'] }),
    );
    expect(result.problems.filter((problem) => problem.startsWith('error'))).toEqual([]);
  });

  it('given an operation without summary or operationId, when linted, then each is an error naming its place', async () => {
    const result = await redoclyLint(documentWith({ tags: ['things'] }));
    expect(result.errors).toBe(2);
    expect(result.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^error operation-summary at #\/paths\/~1v1~1things\/get/),
        expect.stringMatching(/^error operation-operationId at #\/paths\/~1v1~1things\/get/),
      ]),
    );
  });

  it('given warnings, then only those of a rule redocly.yaml keeps as a warning pass', async () => {
    const justified = await justifiedWarnings();
    expect(justified).toContain('info-license-strict');
    const problems = ['warn info-license-strict at #/info/license: …', 'warn no-unused-components at #/x: …'];
    expect(failingProblems(problems, justified)).toEqual(['warn no-unused-components at #/x: …']);
  });
});
