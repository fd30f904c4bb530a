import type { Commit } from './types.ts';

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Oldest first, then by stream and revision, so each stream's commits stand in revision order. */
export const inCommitOrder = (commits: Commit[]): Commit[] =>
  commits.sort(
    (a, b) => byText(a.committedAt, b.committedAt) || byText(a.streamId, b.streamId) || a.revision - b.revision,
  );

/** The first `limit` commits of a store's unpublished pages, in commit order; stops reading there. */
export async function firstUnpublished(pages: AsyncIterable<Commit[]>, limit: number): Promise<Commit[]> {
  const found: Commit[] = [];
  for await (const page of pages) {
    found.push(...page);
    if (found.length >= limit) break;
  }
  return inCommitOrder(found.slice(0, limit));
}
