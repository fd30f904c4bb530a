import { add, groupOf } from './pool-columns.ts';

/** One scan's occupation and 中类 counts, indexed by the codes' ids. */
export interface OccupationCounts {
  readonly occupations: Int32Array;
  readonly groups: Int32Array;
}

/**
 * Occupation codes as small integers, each knowing its 中类's, so a scan counts the occupation
 * facets of a million matches in typed arrays without touching an object. A worker's occupations
 * sit in two columns (id + 1, 0 for none); the rare worker with more than two has -1 in the
 * second and the rest kept aside.
 */
export class OccupationCodes {
  readonly #ids = new Map<string, number>();
  readonly #codes: string[] = [];
  readonly #groupIds = new Map<string, number>();
  readonly #groups: string[] = [];
  /** The 中类 id of each occupation id. */
  readonly #groupOf: number[] = [];
  readonly #more = new Map<number, readonly number[]>();

  /** Writes the worker in `slot` into the two columns. */
  place(slot: number, codes: readonly string[], first: Int32Array, second: Int32Array): void {
    const ids = codes.map((code) => this.#idOf(code));
    first[slot] = (ids[0] ?? -1) + 1;
    if (ids.length > 2) {
      second[slot] = -1;
      this.#more.set(slot, ids.slice(1));
      return;
    }
    second[slot] = (ids[1] ?? -1) + 1;
    this.#more.delete(slot);
  }

  counters(): OccupationCounts {
    return { occupations: new Int32Array(this.#codes.length), groups: new Int32Array(this.#groups.length) };
  }

  /** Counts one match: each of its occupations once, and each 中类 once however many of its occupations it holds. */
  count(slot: number, first: Int32Array, second: Int32Array, counts: OccupationCounts): void {
    const a = (first[slot] ?? 0) - 1;
    if (a < 0) return;
    const b = second[slot] ?? 0;
    if (b < 0) {
      const ids = [a, ...(this.#more.get(slot) ?? [])];
      for (const id of ids) add(counts.occupations, id);
      for (const group of new Set(ids.map((id) => this.#groupOf[id] as number))) add(counts.groups, group);
      return;
    }
    const groupA = this.#groupOf[a] as number;
    add(counts.occupations, a);
    add(counts.groups, groupA);
    if (b === 0) return;
    add(counts.occupations, b - 1);
    if (this.#groupOf[b - 1] !== groupA) add(counts.groups, this.#groupOf[b - 1] as number);
  }

  /** The counts by code: occupations, and their 中类 (`6-31`). */
  facets(counts: OccupationCounts): { occupation: Record<string, number>; occupationGroup: Record<string, number> } {
    return {
      occupation: byCode(counts.occupations, this.#codes),
      occupationGroup: byCode(counts.groups, this.#groups),
    };
  }

  #idOf(code: string): number {
    const known = this.#ids.get(code);
    if (known !== undefined) return known;
    const group = groupOf(code) ?? code;
    let groupId = this.#groupIds.get(group);
    if (groupId === undefined) {
      groupId = this.#groups.push(group) - 1;
      this.#groupIds.set(group, groupId);
    }
    this.#groupOf.push(groupId);
    this.#ids.set(code, this.#codes.length);
    return this.#codes.push(code) - 1;
  }
}

function byCode(counts: Int32Array, codes: readonly string[]): Record<string, number> {
  const named: Record<string, number> = {};
  counts.forEach((n, id) => {
    if (n > 0) named[codes[id] as string] = n;
  });
  return named;
}
