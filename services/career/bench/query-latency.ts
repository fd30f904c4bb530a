import { percentile } from '@tianfu/testing';

/** Latency of one query asked again and again, one request at a time. */
export interface QueryLatency {
  readonly name: string;
  readonly path: string;
  readonly p50: number;
  readonly p99: number;
  /** `total` of the last answer: how many workers matched (undefined for answers without one). */
  readonly matched: number | undefined;
}

/**
 * `warmUp` requests first (JIT, connections), then `requests` sequential ones over real HTTP
 * (keep-alive), each timed from send to the whole body read.
 */
export async function measureQuery(
  baseUrl: string,
  query: { name: string; path: string },
  headers: Record<string, string>,
  { warmUp, requests }: { warmUp: number; requests: number },
): Promise<QueryLatency> {
  const ask = async () => {
    const response = await fetch(baseUrl + query.path, { headers });
    const body = await response.text();
    if (!response.ok) throw new Error(`GET ${query.path}: ${response.status} ${body.slice(0, 400)}`);
    return body;
  };
  for (let i = 0; i < warmUp; i += 1) await ask();
  const times: number[] = [];
  let last = '';
  for (let i = 0; i < requests; i += 1) {
    const start = performance.now();
    last = await ask();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const { total } = JSON.parse(last) as { total?: number };
  return { ...query, p50: percentile(times, 50), p99: percentile(times, 99), matched: total };
}
