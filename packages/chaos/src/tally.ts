/** The four event stores of the platform, by the service that writes each. */
export type StoreName = 'assessment' | 'certification' | 'competition' | 'talent-registry';

/** An event as the census reads it from a store: only what the tally looks at. */
export interface StoredEvent {
  readonly eventId: string;
  readonly type: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/** What a command leaves in its store: `count` events of `type` whose data has the `where` values. */
export interface Expectation {
  readonly type: string;
  readonly where: Readonly<Record<string, string>>;
  readonly count: number;
}

/** One command of the load: how often it was sent, whether a 2xx answered it, what it should have stored. */
export interface CommandRecord {
  readonly label: string;
  readonly store: StoreName;
  readonly attempts: number;
  readonly acknowledged: boolean;
  readonly expects: readonly Expectation[];
}

/**
 * sent: commands (each tried until answered); acknowledged: answered 2xx; found: acknowledged and
 * exactly what they should have stored is there; lost: acknowledged and something is missing;
 * duplicated: something is there more often than the command asked, acknowledged or not.
 */
export interface Counts {
  readonly sent: number;
  readonly acknowledged: number;
  readonly found: number;
  readonly lost: number;
  readonly duplicated: number;
}

const matches = (event: StoredEvent, { type, where }: Expectation): boolean =>
  event.type === type && Object.entries(where).every(([field, value]) => event.data[field] === value);

const stored = (events: readonly StoredEvent[], expectation: Expectation): number =>
  events.filter((event) => matches(event, expectation)).length;

/** Each command against the events of its store. */
export function commandCounts(
  commands: readonly CommandRecord[],
  events: Readonly<Record<StoreName, readonly StoredEvent[]>>,
): Counts {
  let acknowledged = 0;
  let found = 0;
  let lost = 0;
  let duplicated = 0;
  for (const command of commands) {
    const held = command.expects.map((e) => ({ wanted: e.count, there: stored(events[command.store], e) }));
    if (held.some(({ wanted, there }) => there > wanted)) duplicated++;
    if (!command.acknowledged) continue;
    acknowledged++;
    if (held.some(({ wanted, there }) => there < wanted)) lost++;
    else if (held.every(({ wanted, there }) => there === wanted)) found++;
  }
  return { sent: commands.length, acknowledged, found, lost, duplicated };
}

/** How many of `sources` have exactly one of their consequences, none, or more than one. */
export function chainCounts(sources: readonly string[], consequences: readonly string[]): Counts {
  const per = new Map<string, number>();
  for (const source of consequences) per.set(source, (per.get(source) ?? 0) + 1);
  const times = sources.map((source) => per.get(source) ?? 0);
  return {
    sent: sources.length,
    acknowledged: sources.length,
    found: times.filter((n) => n === 1).length,
    lost: times.filter((n) => n === 0).length,
    duplicated: times.filter((n) => n > 1).length,
  };
}

export const clean = (counts: Counts): boolean => counts.lost === 0 && counts.duplicated === 0;
