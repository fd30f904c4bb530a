import { useState } from 'preact/hooks';
import { api, ok } from '../../api/clients.ts';
import { type PoolFilter, poolQuery } from './pool-filter.ts';
import type { PoolPage } from './pool-page-types.ts';

const PAGE_SIZE = 20;

/**
 * The search and its pages: career pages by cursor, so the cursors of the pages seen are kept to
 * go back; a new search starts again at the first page.
 */
export function usePoolSearch() {
  const [page, setPage] = useState<PoolPage | null>(null);
  const [cursors, setCursors] = useState<readonly (string | undefined)[]>([undefined]);
  const [error, setError] = useState<unknown>(null);
  const [asked, setAsked] = useState<PoolFilter | null>(null);
  const load = async (filter: PoolFilter, at: readonly (string | undefined)[]) => {
    const after = at.at(-1);
    try {
      const answer = await ok(
        api.career.GET('/v1/talent-pool', {
          params: { query: { ...poolQuery(filter), limit: PAGE_SIZE, ...(after ? { after } : {}) } },
        }),
      );
      setPage(answer);
      setCursors(at);
      setAsked(filter);
      setError(null);
    } catch (refusal) {
      setError(refusal);
    }
  };
  return {
    page,
    error,
    pageNumber: cursors.length,
    search: (filter: PoolFilter) => load(filter, [undefined]),
    next: () => asked && page?.next && load(asked, [...cursors, page.next]),
    previous: () => asked && cursors.length > 1 && load(asked, cursors.slice(0, -1)),
  };
}
