import { isApiProblem } from '@tianfu/api-client';

export type Done = 'created' | 'existing';

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

/** How many of each kind of thing this run created and found already there. */
export function tally() {
  const counts = new Map<string, { created: number; existing: number }>();
  return {
    add(kind: string, done: Done, n = 1) {
      const count = counts.get(kind) ?? { created: 0, existing: 0 };
      count[done] += n;
      counts.set(kind, count);
    },
    /** Whether this run created anything at all. */
    changed: (): boolean => [...counts.values()].some((c) => c.created > 0),
    lines: (): string[] =>
      [...counts].map(([kind, { created, existing }]) =>
        existing === 0 ? `${kind}: ${created} created` : `${kind}: ${created} created, ${existing} already there`,
      ),
  };
}

export type Tally = ReturnType<typeof tally>;
