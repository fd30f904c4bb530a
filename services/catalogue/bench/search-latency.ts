import { type CatalogueState, searchOccupations } from '@tianfu/catalogue-view';
import { percentile } from '@tianfu/testing';

export interface Latency {
  readonly p50: number;
  readonly p99: number;
  /**
   * CPU time this process spent per request (client and server), the mean over all: what the work
   * costs, whatever the wait for a core (the clock behind it ticks too coarsely to time one request).
   */
  readonly cpuMean: number;
  /** Occupations answered per search, on average. */
  readonly hits: number;
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

async function timeEach(count: number, ask: (i: number) => Promise<number> | number): Promise<Latency> {
  for (let i = 0; i < Math.min(200, count); i++) await ask(i);
  const times: number[] = [];
  let hits = 0;
  const cpuStart = cpuMs();
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    hits += await ask(i);
    times.push(performance.now() - start);
  }
  const cpuMean = (cpuMs() - cpuStart) / count;
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), cpuMean, hits: hits / count };
}

/** `GET /v1/occupations?q=…` one request at a time over loopback, each timed to its whole body. */
export function httpSearch(baseUrl: string, terms: readonly string[], count: number): Promise<Latency> {
  return timeEach(count, async (i) => {
    const term = terms[i % terms.length] as string;
    const response = await fetch(`${baseUrl}/v1/occupations?q=${encodeURIComponent(term)}`);
    const body = (await response.json()) as { items: unknown[] };
    if (!response.ok) throw new Error(`search ${term}: ${response.status}`);
    return body.items.length;
  });
}

/** The same searches on a holder's state, in process: the floor the HTTP figure stands on. */
export function inProcessSearch(state: CatalogueState, terms: readonly string[], count: number): Promise<Latency> {
  return timeEach(
    count,
    (i) => searchOccupations(state, { name: terms[i % terms.length] as string, limit: 50 }).length,
  );
}
