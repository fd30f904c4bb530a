import type { Commit, CommitRef } from '../types.ts';

/** Whether the commit before `ref` in its stream is already on Kafka (true for a first commit). */
export type PredecessorPublished = (ref: CommitRef) => Promise<boolean>;

/**
 * From candidate commits, the ones that may go out now, per stream in revision order: a stream's
 * run must have no gap and its first commit's predecessor must be published already, so a commit
 * whose predecessor is elsewhere (another instance's append, clock skew) waits for the sweep.
 */
export async function publishableCommits(
  candidates: readonly Commit[],
  predecessorPublished: PredecessorPublished,
): Promise<{ ready: Commit[]; heldBack: number }> {
  const byStream = new Map<string, Map<number, Commit>>();
  for (const commit of candidates) {
    if (commit.publishedAt !== null) continue;
    const stream = byStream.get(commit.streamId) ?? new Map<number, Commit>();
    byStream.set(commit.streamId, stream.set(commit.revision, commit));
  }
  const runs = await Promise.all(
    [...byStream.values()].map(async (commits) => {
      const sorted = [...commits.values()].sort((a, b) => a.revision - b.revision);
      const first = sorted[0] as Commit;
      if (!(await predecessorPublished(first))) return [];
      const run = [first];
      for (const commit of sorted.slice(1)) {
        if (commit.revision !== (run.at(-1) as Commit).revision + 1) break;
        run.push(commit);
      }
      return run;
    }),
  );
  const ready = runs.flat();
  const candidatesLeft = [...byStream.values()].reduce((n, commits) => n + commits.size, 0);
  return { ready, heldBack: candidatesLeft - ready.length };
}
