import type { Commit, CommitRef } from '../types.ts';

/** Whether the commit before `ref` in its stream is already on Kafka (true for a first commit). */
export type PredecessorPublished = (ref: CommitRef) => Promise<boolean>;

/**
 * From candidate commits, the ones that may go out now, per stream in revision order: a stream's
 * run must have no gap and its first commit's predecessor must be published already. The rest
 * are held back: their predecessor is elsewhere (a later page of the sweep, another instance's
 * append) and they wait for it.
 */
export async function publishableCommits(
  candidates: readonly Commit[],
  predecessorPublished: PredecessorPublished,
): Promise<{ ready: Commit[]; heldBack: Commit[] }> {
  const byStream = new Map<string, Map<number, Commit>>();
  for (const commit of candidates) {
    if (commit.publishedAt !== null) continue;
    const stream = byStream.get(commit.streamId) ?? new Map<number, Commit>();
    byStream.set(commit.streamId, stream.set(commit.revision, commit));
  }
  const runs = await Promise.all(
    [...byStream.values()].map(async (commits) => {
      const sorted = [...commits.values()].sort((a, b) => a.revision - b.revision);
      if (!(await predecessorPublished(sorted[0] as Commit))) return { run: [], rest: sorted };
      const gap = sorted.findIndex((c, i) => i > 0 && c.revision !== (sorted[i - 1] as Commit).revision + 1);
      const end = gap === -1 ? sorted.length : gap;
      return { run: sorted.slice(0, end), rest: sorted.slice(end) };
    }),
  );
  return { ready: runs.flatMap((r) => r.run), heldBack: runs.flatMap((r) => r.rest) };
}
