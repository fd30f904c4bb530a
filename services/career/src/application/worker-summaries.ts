import type { SkillLevelKey } from '@tianfu/contracts';
import type { Collection } from 'mongodb';
import { deriveLadder } from '../domain/ladder.ts';
import type { CareerFactsStore } from './career-facts-store.ts';

/** The per-worker summary the talent pool searches: a cache recomputed from the facts (ARCHITECTURE.md). */
export interface WorkerSummary {
  readonly _id: string;
  readonly highest: SkillLevelKey | null;
  readonly highSkill: boolean;
  readonly occupations: readonly { readonly occupationCode: string; readonly current: SkillLevelKey }[];
  readonly honours: readonly string[];
  /** How many facts it was computed from: a recompute that saw fewer than are stored runs again. */
  readonly factCount: number;
  readonly computedOn: string;
}

const MAX_RECOMPUTES = 5;

export function workerSummaries(summaries: Collection<WorkerSummary>, facts: CareerFactsStore, today: () => string) {
  const compute = async (workerId: string): Promise<WorkerSummary> => {
    const known = await facts.factsOf(workerId);
    const ladder = deriveLadder(workerId, known, today());
    return {
      _id: workerId,
      highest: ladder.highest?.level ?? null,
      highSkill: ladder.highSkill,
      occupations: ladder.occupations.flatMap((o) =>
        o.current === null ? [] : [{ occupationCode: o.occupationCode, current: o.current }],
      ),
      honours: ladder.honours.map((h) => h.honour),
      factCount: known.length,
      computedOn: today(),
    };
  };

  return {
    /**
     * Recomputes the worker's summary after a fact was stored, and again while facts keep
     * arriving meanwhile (another consumer may have inserted one between read and write).
     */
    async refresh(workerId: string): Promise<WorkerSummary> {
      let summary = await compute(workerId);
      for (let attempt = 1; attempt < MAX_RECOMPUTES; attempt += 1) {
        await summaries.replaceOne({ _id: workerId }, summary, { upsert: true });
        const again = await compute(workerId);
        if (again.factCount === summary.factCount) return summary;
        summary = again;
      }
      await summaries.replaceOne({ _id: workerId }, summary, { upsert: true });
      return summary;
    },
  };
}

export type WorkerSummaries = ReturnType<typeof workerSummaries>;
