import { describe, expect, it } from 'vitest';
import { publishableCommits } from '../src/relay/publishable.ts';
import type { Commit } from '../src/types.ts';

const commit = (streamId: string, revision: number): Commit => ({
  streamId,
  revision,
  events: [],
  committedAt: '2026-01-01T00:00:00.000Z',
  publishedAt: null,
});
const ids = (commits: Commit[]) => commits.map((c) => `${c.streamId}@${c.revision}`);

describe('publishableCommits (ARCHITECTURE.md "Event store": per-stream revision order)', () => {
  it('orders each stream by revision whatever order the batch came in', () => {
    const batch = [commit('a', 2), commit('b', 1), commit('a', 1)];
    expect(
      ids(
        publishableCommits(
          batch,
          new Map([
            ['a', 1],
            ['b', 1],
          ]),
        ),
      ),
    ).toEqual(['a@1', 'a@2', 'b@1']);
  });

  it('holds back a stream whose earliest unpublished revision is not in the batch', () => {
    const batch = [commit('a', 3), commit('b', 1)];
    expect(
      ids(
        publishableCommits(
          batch,
          new Map([
            ['a', 2],
            ['b', 1],
          ]),
        ),
      ),
    ).toEqual(['b@1']);
  });

  it('stops a stream at a gap inside the batch', () => {
    const batch = [commit('a', 1), commit('a', 2), commit('a', 4)];
    expect(ids(publishableCommits(batch, new Map([['a', 1]])))).toEqual(['a@1', 'a@2']);
  });
});
