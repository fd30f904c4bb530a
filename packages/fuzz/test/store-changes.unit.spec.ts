import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acceptedWrites, changedCounts, unexplainedChanges } from '../src/index.ts';

describe('changedCounts', () => {
  it('names each collection whose count moved, including one that appeared', () => {
    const before = new Map([
      ['assessment.commits', 3],
      ['career.v1_facts', 9],
    ]);
    const after = new Map([
      ['assessment.commits', 4],
      ['career.v1_facts', 9],
      ['identity.worker_keys', 1],
    ]);
    expect(changedCounts(before, after)).toEqual(['assessment.commits: 3 → 4', 'identity.worker_keys: 0 → 1']);
    expect(changedCounts(after, after)).toEqual([]);
  });
});

describe('acceptedWrites', () => {
  it('lists the writes a HAR shows answered below 400, not reads and not refusals', async () => {
    const entry = (method: string, url: string, status: number) => ({ request: { method, url }, response: { status } });
    const har = join(await mkdtemp(join(tmpdir(), 'fuzz-har-')), 'run.har');
    const entries = [
      entry('POST', 'http://x/v1/competitions', 201),
      entry('POST', 'http://x/v1/competitions', 400),
      entry('GET', 'http://x/v1/competitions/a', 200),
      entry('PATCH', 'http://x/v1/sessions/s', 409),
      entry('PUT', 'http://x/v1/bodies/b/occupations/o', 200),
    ];
    await writeFile(har, JSON.stringify({ log: { entries } }));
    expect(await acceptedWrites(har)).toEqual([
      'POST http://x/v1/competitions → 201',
      'PUT http://x/v1/bodies/b/occupations/o → 200',
    ]);
  });
});

describe('unexplainedChanges', () => {
  const before = new Map([
    ['competition.commits', 2],
    ['assessment.commits', 5],
    ['career.processed_events', 4],
  ]);

  it('holds every change against the pass when every request was refused', () => {
    const after = new Map([...before, ['career.processed_events', 5]]);
    expect(unexplainedChanges(before, after, new Set())).toEqual(['career.processed_events: 4 → 5']);
  });

  it('lets accepted writes explain their own commits and what follows them, not commits elsewhere', () => {
    const after = new Map([
      ['competition.commits', 4],
      ['assessment.commits', 6],
      ['career.processed_events', 6],
    ]);
    expect(unexplainedChanges(before, after, new Set(['competition']))).toEqual(['assessment.commits: 5 → 6']);
  });
});
