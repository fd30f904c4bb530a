import type { Commit } from '../types.ts';

/**
 * From a batch of unpublished commits, the ones that may go out now, per stream in revision
 * order: a stream's run must start at its earliest unpublished revision and have no gap, so a
 * commit whose predecessor is not in this batch (clock skew between writers can do that) waits.
 */
export function publishableCommits(batch: readonly Commit[], firstUnpublished: ReadonlyMap<string, number>): Commit[] {
  const byStream = new Map<string, Commit[]>();
  for (const commit of batch) byStream.set(commit.streamId, [...(byStream.get(commit.streamId) ?? []), commit]);
  const ready: Commit[] = [];
  for (const [streamId, commits] of byStream) {
    let next = firstUnpublished.get(streamId);
    for (const commit of commits.sort((a, b) => a.revision - b.revision)) {
      if (commit.revision !== next) break;
      ready.push(commit);
      next += 1;
    }
  }
  return ready;
}
