import type { CareerFact } from '../../domain/career-facts.ts';

/** A worker and every fact about them the replay has read so far, each once. */
export type WorkerFactList = readonly [workerId: string, facts: readonly CareerFact[]];

const push = (map: Map<string, CareerFact[]>, fact: CareerFact) => {
  const list = map.get(fact.workerId);
  if (list === undefined) map.set(fact.workerId, [fact]);
  else list.push(fact);
};

// A topic may carry an event twice (a relay's retry): the fact counts once.
const once = (facts: readonly CareerFact[]): CareerFact[] => [...new Map(facts.map((f) => [f.factId, f])).values()];

/**
 * Groups the facts a replay reads by worker, pass by pass (see `replayPasses`): held facts wait
 * for their worker's pass; a pass ends with each of its workers and all their facts. A worker
 * met again after their pass ended is late: their summary must be recomputed from the stored facts.
 */
export class WorkerFacts {
  readonly #held = new Map<string, CareerFact[]>();
  #pass = new Map<string, CareerFact[]>();
  readonly #done = new Set<string>();
  readonly #late = new Set<string>();

  hold(facts: readonly CareerFact[]): void {
    for (const fact of facts) push(this.#held, fact);
  }

  add(facts: readonly CareerFact[]): void {
    for (const fact of facts) push(this.#pass, fact);
  }

  /** The workers of the pass that ends, each with their held facts too; the pass's memory is freed. */
  endPass(): WorkerFactList[] {
    const pass = this.#pass;
    this.#pass = new Map();
    return this.#complete(pass);
  }

  /** At the end: the workers that only held facts name. */
  endHeld(): WorkerFactList[] {
    const held = new Map(this.#held);
    this.#held.clear();
    return this.#complete(held);
  }

  late(): string[] {
    return [...this.#late];
  }

  #complete(group: Map<string, CareerFact[]>): WorkerFactList[] {
    const complete: WorkerFactList[] = [];
    for (const [workerId, facts] of group) {
      const held = this.#held.get(workerId) ?? [];
      this.#held.delete(workerId);
      if (this.#done.has(workerId)) this.#late.add(workerId);
      else complete.push([workerId, once([...facts, ...held])]);
      this.#done.add(workerId);
    }
    return complete;
  }
}
