import { describe, expect, it } from 'vitest';
import { publishableCommits } from '../src/relay/publishable.ts';
import type { Commit, CommitRef } from '../src/types.ts';

const commit = (streamId: string, revision: number, publishedAt: string | null = null): Commit => ({
  streamId,
  revision,
  events: [],
  committedAt: '2026-01-01T00:00:00.000Z',
  publishedAt,
});
const ids = (commits: Commit[]) => commits.map((c) => `${c.streamId}@${c.revision}`);
/** Predecessors published up to (and including) these revisions per stream. */
const publishedUpTo =
  (heads: Record<string, number>) =>
  async ({ streamId, revision }: CommitRef) =>
    revision - 1 <= (heads[streamId] ?? 0);

describe('publishableCommits (docs/architecture.md "Event store": per-stream revision order)', () => {
  it('orders each stream by revision whatever order the candidates came in', async () => {
    const candidates = [commit('a', 2), commit('b', 1), commit('a', 1)];
    const { ready, heldBack } = await publishableCommits(candidates, publishedUpTo({}));
    expect(ids(ready)).toEqual(['a@1', 'a@2', 'b@1']);
    expect(heldBack).toEqual([]);
  });

  it('holds back a stream whose predecessor is not published yet', async () => {
    const { ready, heldBack } = await publishableCommits([commit('a', 3), commit('b', 1)], publishedUpTo({ a: 1 }));
    expect(ids(ready)).toEqual(['b@1']);
    expect(ids(heldBack)).toEqual(['a@3']);
  });

  it('stops a stream at a gap, and returns what it held back', async () => {
    const { ready, heldBack } = await publishableCommits(
      [commit('a', 1), commit('a', 2), commit('a', 4)],
      publishedUpTo({}),
    );
    expect(ids(ready)).toEqual(['a@1', 'a@2']);
    expect(ids(heldBack)).toEqual(['a@4']);
  });

  it('drops copies of the same commit and commits already published', async () => {
    const candidates = [commit('a', 1), commit('a', 1), commit('b', 1, '2026-01-01T00:00:01.000Z')];
    const { ready } = await publishableCommits(candidates, publishedUpTo({}));
    expect(ids(ready)).toEqual(['a@1']);
  });
});
