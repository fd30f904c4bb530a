import type { Random } from '@tianfu/testing';
import type { CertifiedLevel } from '../api-types.ts';
import type { DemoPerson } from '../people/demo-people.ts';
import type { DemoBody } from './demo-bodies.ts';
import type { PlannedSession } from './plan-sessions.ts';

/** A worker who passed a seeded exam: where, in what and at which level. */
export interface Passer {
  readonly person: DemoPerson;
  readonly body: DemoBody;
  readonly occupationCode: string;
  readonly level: CertifiedLevel;
}

const rank: Readonly<Record<CertifiedLevel, number>> = { level5: 5, level4: 4, level3: 3, level2: 2, level1: 1 };

export interface PasserQuery {
  readonly occupationCode: string;
  /** The levels wanted; the highest come first. */
  readonly levels: readonly CertifiedLevel[];
  readonly bodyId?: string;
}

/**
 * The seeded exams' passers, each handed out once (a worker enters one contest, gets one honour):
 * the highest levels first, in a shuffled order within a level.
 */
export function passerPool(sessions: readonly PlannedSession[]) {
  const all: Passer[] = sessions.flatMap(({ body, plan, candidates }) =>
    candidates
      .filter((c) => c.passed)
      .map((c) => ({ person: c.person, body, occupationCode: plan.occupationCode, level: plan.level })),
  );
  const used = new Set<string>();
  return {
    take(random: Random, count: number, { occupationCode, levels, bodyId }: PasserQuery): Passer[] {
      const fits = all.filter(
        (p) =>
          !used.has(p.person.document.idNumber) &&
          p.occupationCode === occupationCode &&
          levels.includes(p.level) &&
          (bodyId === undefined || p.body.bodyId === bodyId),
      );
      const keyed = fits.map((p) => ({ p, key: rank[p.level] + random.next() }));
      const taken = keyed
        .sort((a, b) => a.key - b.key)
        .slice(0, count)
        .map(({ p }) => p);
      if (taken.length < count) {
        throw new Error(`the seeded exams have ${taken.length} passers for ${occupationCode} at ${levels.join('/')}`);
      }
      for (const p of taken) used.add(p.person.document.idNumber);
      return taken;
    },
  };
}

export type PasserPool = ReturnType<typeof passerPool>;
