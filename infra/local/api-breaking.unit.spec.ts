import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { breakingChanges } from './api-breaking.ts';

// oasdiff from the cache (npm test installs it before the tests); built through Go the first time.
const oasdiff = execFileSync('bash', [join(import.meta.dirname, 'oasdiff.sh'), '--install'], {
  encoding: 'utf8',
  timeout: 600_000,
}).trim();
const dir = mkdtempSync(join(tmpdir(), 'api-breaking-spec-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const certificate = (properties: Record<string, object>) => ({
  operationId: 'getCertificate',
  summary: 'Read a certificate',
  responses: {
    '200': {
      description: 'the certificate',
      content: { 'application/json': { schema: { type: 'object', required: Object.keys(properties), properties } } },
    },
  },
});
const documentWith = (paths: Record<string, object>) => ({
  openapi: '3.1.0',
  info: { title: 'certification', version: '1' },
  paths,
});
const write = (name: string, document: object): string => {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(document));
  return file;
};
const full = { certificateNo: { type: 'string' }, holderName: { type: 'string' } };
const base = write('base.json', documentWith({ '/v1/certificates/{no}': { get: certificate(full) } }));

describe('the breaking-change check (oasdiff)', () => {
  it('given a removed response field on the same path version, when compared, then it is a breaking change', () => {
    const removed = write(
      'removed.json',
      documentWith({ '/v1/certificates/{no}': { get: certificate({ certificateNo: full.certificateNo }) } }),
    );
    const breaks = breakingChanges(oasdiff, base, removed);
    expect(breaks.map((change) => [change.operation, change.path, change.id])).toEqual([
      ['GET', '/v1/certificates/{no}', 'response-required-property-removed'],
    ]);
  });

  it('given the same change under a new path version, when compared, then nothing breaks', () => {
    const moved = write(
      'moved.json',
      documentWith({ '/v2/certificates/{no}': { get: certificate({ certificateNo: full.certificateNo }) } }),
    );
    expect(breakingChanges(oasdiff, base, moved)).toEqual([]);
  });

  it('given an added response field, when compared, then nothing breaks', () => {
    const added = write(
      'added.json',
      documentWith({ '/v1/certificates/{no}': { get: certificate({ ...full, issuedOn: { type: 'string' } }) } }),
    );
    expect(breakingChanges(oasdiff, base, added)).toEqual([]);
  });

  it('given the removed field accepted by a line naming its operation and text, when compared, then nothing breaks', () => {
    const removed = write(
      'removed-accepted.json',
      documentWith({ '/v1/certificates/{no}': { get: certificate({ certificateNo: full.certificateNo }) } }),
    );
    const [change] = breakingChanges(oasdiff, base, removed);
    const accepted = join(dir, 'accepted.txt');
    writeFileSync(accepted, `# no client reads it\n${change?.operation} ${change?.path} ${change?.text}\n`);
    expect(breakingChanges(oasdiff, base, removed, accepted)).toEqual([]);
  });
});
