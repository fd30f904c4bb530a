import type { Finding } from './pii-finder.ts';

export type Place = 'kafka' | 'mongodb' | 'logs';

/** One finding and where it is: topic/partition@offset, db.collection/_id or file:line (already redacted). */
export interface Hit {
  readonly place: Place;
  readonly where: string;
  readonly finding: Finding;
}

/** What one place held: how much was read (e.g. "8 topics, 16,253 messages") and what was found there. */
export interface PlaceScan {
  readonly place: Place;
  readonly scanned: string;
  readonly hits: readonly Hit[];
}

const kindText = { 'resident-id': 'raw 居民身份证号', name: 'plaintext name' } as const;

export const hitLine = (hit: Hit): string =>
  `  ${hit.place} ${hit.where}: ${kindText[hit.finding.kind]} ${hit.finding.masked}`;

/** The printed report: every hit, one line per place, and a closing total. */
export function reportLines(scans: readonly PlaceScan[], names: number): string[] {
  const hits = scans.flatMap((s) => s.hits);
  return [
    ...hits.map(hitLine),
    ...scans.map((s) => `${s.place}: ${s.scanned}: ${s.hits.length} hits`),
    `pii-scan: ${hits.length} hits (raw 居民身份证号 and ${names} plaintext names looked for)`,
  ];
}
