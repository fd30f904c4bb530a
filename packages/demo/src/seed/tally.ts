import { isApiProblem } from '@tianfu/api-client';

/** Refused: a request the service turned down as the plan meant it to (a claim breaking a rule), nothing recorded. */
export type Done = 'created' | 'existing' | 'refused';

/**
 * Runs a create command; a refusal with one of `existsCodes` means an earlier run made it, which
 * is what makes the seed safe to run again.
 */
export async function once(command: () => Promise<unknown>, ...existsCodes: readonly string[]): Promise<Done> {
  try {
    await command();
    return 'created';
  } catch (error) {
    if (isApiProblem(error, ...existsCodes)) return 'existing';
    throw error;
  }
}

/** How many of each kind of thing this run created, found already there, or saw refused as planned. */
export function tally() {
  const counts = new Map<string, Record<Done, number>>();
  return {
    add(kind: string, done: Done, n = 1) {
      const count = counts.get(kind) ?? { created: 0, existing: 0, refused: 0 };
      count[done] += n;
      counts.set(kind, count);
    },
    /** Whether this run created anything at all. */
    changed: (): boolean => [...counts.values()].some((c) => c.created > 0),
    lines: (): string[] =>
      [...counts].map(([kind, { created, existing, refused }]) => {
        const parts = [`${created} created`];
        if (existing > 0) parts.push(`${existing} already there`);
        if (refused > 0) parts.push(`${refused} refused`);
        return `${kind}: ${parts.join(', ')}`;
      }),
  };
}

export type Tally = ReturnType<typeof tally>;
