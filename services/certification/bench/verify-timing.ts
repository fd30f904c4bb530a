import { benchName, benchNumber, FILING_NO } from './seed-records.ts';

const UNKNOWN_FILING_NO = 'Y000051008888';

export interface TimingMedians {
  readonly hit: number;
  readonly miss: number;
  readonly wrongName: number;
  /** The largest difference between two of the medians, in ms: what the clock tells an attacker. */
  readonly spread: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/**
 * Round-trip medians of `calls` sequential POST /v1/verify each for a stored number with its
 * holder's name, a number no certificate has, and a stored number with another name,
 * interleaved so that a drift of the machine weighs on the three alike.
 */
export async function verifyTiming(url: string, stored: number, calls: number): Promise<TimingMedians> {
  const kinds = {
    hit: (i: number) => ({ certificateNo: benchNumber(i), name: benchName(i) }),
    // Another body's filing number: well-formed, and no stored certificate has it.
    miss: (i: number) => ({ certificateNo: benchNumber(i).replace(FILING_NO, UNKNOWN_FILING_NO), name: benchName(i) }),
    wrongName: (i: number) => ({ certificateNo: benchNumber(i), name: `${benchName(i)}错` }),
  };
  const times: Record<keyof typeof kinds, number[]> = { hit: [], miss: [], wrongName: [] };
  for (let call = 0; call < calls; call++) {
    const i = Math.floor(Math.random() * stored);
    for (const kind of Object.keys(kinds) as (keyof typeof kinds)[]) {
      const started = performance.now();
      const response = await fetch(`${url}/v1/verify`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(kinds[kind](i)),
      });
      await response.arrayBuffer();
      times[kind].push(performance.now() - started);
    }
  }
  const [hit, miss, wrongName] = [median(times.hit), median(times.miss), median(times.wrongName)];
  return { hit, miss, wrongName, spread: Math.max(hit, miss, wrongName) - Math.min(hit, miss, wrongName) };
}
