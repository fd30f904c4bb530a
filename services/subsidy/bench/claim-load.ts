import { percentile } from '@tianfu/testing';

/** One claim made: how long it took and the status it was answered with. */
export interface Made {
  readonly ms: number;
  readonly status: number;
}

/** What a run of claims showed: latency percentiles, claims per second, and answers by status. */
export interface LoadFigures {
  readonly p50: number;
  readonly p99: number;
  readonly perSecond: number;
  readonly statuses: Readonly<Record<number, number>>;
}

/**
 * Claims `from` … `from + count - 1`, `make(n)` each, by `clients` concurrent clients each taking
 * the next claim when its last one is answered; with one client it is the decision latency alone.
 */
export async function runClaims(
  make: (n: number) => Promise<number>,
  { from, count, clients }: { from: number; count: number; clients: number },
): Promise<LoadFigures> {
  const made: Made[] = [];
  let next = from;
  const client = async () => {
    for (let n = next++; n < from + count; n = next++) {
      const start = performance.now();
      const status = await make(n);
      made.push({ ms: performance.now() - start, status });
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, client));
  const elapsed = performance.now() - started;
  const sorted = made.map((m) => m.ms).sort((a, b) => a - b);
  const statuses: Record<number, number> = {};
  for (const { status } of made) statuses[status] = (statuses[status] ?? 0) + 1;
  return {
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    perSecond: (count * 1000) / elapsed,
    statuses,
  };
}

/** A claim through HTTP, as the subsidy office sends it: its status once the whole answer is read. */
export const claimOverHttp =
  (url: string, headers: Record<string, string>, body: (n: number) => object) =>
  async (n: number): Promise<number> => {
    const answer = await fetch(`${url}/v1/claims`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(body(n)),
    });
    await answer.arrayBuffer();
    return answer.status;
  };
