import { skillLevel, skillLevelByOrdinal } from '@tianfu/contracts';
import { occupationMatches, type PoolEntry, type RegionOf } from '../domain/talent-pool-entry.ts';
import { BitCodes } from './bit-codes.ts';
import { OccupationCodes, type OccupationCounts } from './occupation-codes.ts';
import {
  add,
  bitCounts,
  byText,
  COLUMNS,
  type Column,
  countBits,
  dayOf,
  groupOf,
  windowYears,
  yearBit,
} from './pool-columns.ts';
import {
  encodeCursor,
  type Facets,
  NO_STEP,
  type Position,
  type ScanPlan,
  type TalentPoolFilter,
  type TalentPoolPage,
  type TalentPoolSort,
  UNPLACED,
} from './talent-pool-query.ts';
import { asksTraining, type ClassOf, completedSuch, trainingFacets } from './training-match.ts';

/**
 * The talent pool in memory, column by column: what every query compares (highest step, 高技能,
 * industries, honours, medals and certificate years as bit masks, the body placing the worker,
 * the last certified day) in typed arrays indexed by a slot per worker, so a scan of a million workers
 * touches a few megabytes rather than a million objects. Workers in an occupation are also listed
 * by its 中类, so a query naming one scans only them. The entries themselves (the summaries) are
 * read only for what the columns cannot answer (an occupation's step, a certificate's occupation
 * and date) and for the page shown.
 */
export class TalentPool {
  readonly #slots = new Map<string, number>();
  readonly #entries: PoolEntry[] = [];
  #columns: Record<Column, Int32Array> = TalentPool.#allocate(1024);
  readonly #bodies = new Map<string, number>();
  readonly #bodyIds: string[] = [];
  readonly #groups = new Map<string, Set<number>>();
  readonly #industries = new BitCodes('industry');
  readonly #honours = new BitCodes('honour');
  readonly #medals = new BitCodes('medal');
  readonly #occupations = new OccupationCodes();

  static #allocate(capacity: number): Record<Column, Int32Array> {
    return Object.fromEntries(COLUMNS.map((c) => [c, new Int32Array(capacity)])) as Record<Column, Int32Array>;
  }

  get size(): number {
    return this.#entries.length;
  }

  get(workerId: string): PoolEntry | undefined {
    const slot = this.#slots.get(workerId);
    return slot === undefined ? undefined : this.#entries[slot];
  }

  values(): Iterable<PoolEntry> {
    return this.#entries.values();
  }

  /** Adds the worker, or replaces what was known of them. */
  put(entry: PoolEntry): void {
    const { summary } = entry;
    let slot = this.#slots.get(summary.workerId);
    if (slot === undefined) {
      slot = this.#entries.length;
      this.#slots.set(summary.workerId, slot);
      if (slot === this.#columns.highest.length) this.#grow();
    } else this.#unlistGroups(this.#entries[slot] as PoolEntry, slot);
    this.#entries[slot] = entry;
    const c = this.#columns;
    c.highest[slot] = entry.highestOrdinal;
    c.highSkill[slot] = summary.highSkill ? 1 : 0;
    c.industries[slot] = this.#industries.maskOf(entry.industries);
    c.honours[slot] = this.#honours.maskOf(summary.honours);
    c.medals[slot] = this.#medals.maskOf(summary.medals);
    c.body[slot] = entry.latestBodyId === null ? -1 : this.#bodyIndex(entry.latestBodyId);
    c.years[slot] = summary.certificates.reduce((years, cert) => years | yearBit(Number(cert.date.slice(0, 4))), 0);
    c.lastDay[slot] = dayOf(entry.lastCertifiedOn);
    const codes = entry.occupations.map((o) => o.code);
    this.#occupations.place(slot, codes, c.firstOccupation, c.secondOccupation);
    for (const group of this.#groupsOf(entry)) {
      const listed = this.#groups.get(group) ?? new Set<number>();
      listed.add(slot);
      this.#groups.set(group, listed);
    }
  }

  /**
   * One page: a single scan counts the facets of every match and keeps the `limit` best after the
   * cursor, so a page costs the same wherever it is.
   */
  search(
    query: { filter: TalentPoolFilter; sort: TalentPoolSort; after: Position | null; limit: number },
    regionOf: RegionOf,
    classOf: ClassOf,
  ): TalentPoolPage {
    const { sort, after, limit } = query;
    const c = this.#columns;
    const kept = limit + 1;
    const best: number[] = [];
    const byBody = new Int32Array(this.#bodyIds.length + 1);
    const byOrdinal = new Int32Array(16);
    const [industries, honours, medals] = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];
    const occupations = this.#occupations.counters();
    const training = trainingFacets(classOf);
    const afterKey = after && { ordinal: after.ordinal, day: dayOf(after.certified), workerId: after.workerId };
    let total = 0;
    const plan = this.#scan(query.filter, regionOf, classOf, (slot) => {
      total += 1;
      training.count((this.#entries[slot] as PoolEntry).summary);
      add(byBody, (c.body[slot] ?? -1) + 1);
      add(byOrdinal, (c.highest[slot] ?? -1) + 1);
      countBits(industries, c.industries[slot] as number);
      countBits(honours, c.honours[slot] as number);
      countBits(medals, c.medals[slot] as number);
      this.#occupations.count(slot, c.firstOccupation, c.secondOccupation, occupations);
      if (afterKey !== null && this.#compare(sort, slot, afterKey) <= 0) return;
      if (best.length === kept && this.#compareSlots(sort, slot, best[kept - 1] as number) >= 0) return;
      let low = 0;
      let high = best.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (this.#compareSlots(sort, best[mid] as number, slot) <= 0) low = mid + 1;
        else high = mid;
      }
      best.splice(low, 0, slot);
      if (best.length > kept) best.pop();
    });
    const page = best.slice(0, limit).map((slot) => this.#entries[slot] as PoolEntry);
    const last = page.at(-1);
    return {
      entries: page,
      total,
      facets: {
        ...this.#facets(regionOf, byBody, byOrdinal, { industries, honours, medals }, occupations),
        ...training.result(),
      },
      next:
        best.length > limit && last !== undefined
          ? encodeCursor({
              ordinal: last.highestOrdinal,
              certified: last.lastCertifiedOn,
              workerId: last.summary.workerId,
            })
          : null,
      plan,
    };
  }

  /** Every match in sort order, for the CSV export. */
  allMatches(filter: TalentPoolFilter, sort: TalentPoolSort, regionOf: RegionOf, classOf: ClassOf): PoolEntry[] {
    const slots: number[] = [];
    this.#scan(filter, regionOf, classOf, (slot) => slots.push(slot));
    return slots.sort((a, b) => this.#compareSlots(sort, a, b)).map((slot) => this.#entries[slot] as PoolEntry);
  }

  /** Calls `visit` with the slot of every worker the filter matches; says how it found them. */
  #scan(filter: TalentPoolFilter, regionOf: RegionOf, classOf: ClassOf, visit: (slot: number) => void): ScanPlan {
    const workers = this.#entries.length;
    const { occupation, highSkillOnly } = filter;
    const industry = this.#wantedBit(this.#industries, filter.industry);
    const honour = this.#wantedBit(this.#honours, filter.honour);
    const medal = this.#wantedBit(this.#medals, filter.medal);
    if (industry === null || honour === null || medal === null)
      return { access: 'none', key: null, examined: 0, workers };
    const min = filter.minLevel === undefined ? -1 : skillLevel(filter.minLevel).ordinal;
    const inRegion = filter.region === undefined ? null : this.#bodiesIn(filter.region, regionOf);
    const dated = filter.certifiedFrom !== undefined || filter.certifiedTo !== undefined;
    const from = filter.certifiedFrom ?? '';
    const to = filter.certifiedTo ?? '9999-12-31';
    const window = windowYears(from, to);
    // A completed class qualifies a worker with no step yet.
    const trained = asksTraining(filter);
    const c = this.#columns;
    const test = (slot: number) => {
      if (highSkillOnly && c.highSkill[slot] === 0) return;
      const highest = c.highest[slot] as number;
      // With an occupation its own step is checked below; the highest bounds it.
      if (highest < min || (occupation === undefined && !trained && highest < 0)) return;
      if (((c.industries[slot] ?? 0) & industry) !== industry) return;
      if (((c.honours[slot] ?? 0) & honour) !== honour) return;
      if (((c.medals[slot] ?? 0) & medal) !== medal) return;
      if (inRegion !== null && inRegion[(c.body[slot] as number) + 1] === 0) return;
      const years = c.years[slot] ?? 0;
      if (dated && (years & (window.whole | window.part)) === 0) return;
      const entry = this.#entries[slot] as PoolEntry;
      if (trained && !completedSuch(entry.summary, filter, classOf)) return;
      if (
        occupation !== undefined &&
        !entry.occupations.some((o) => o.ordinal >= min && occupationMatches(o.code, occupation))
      )
        return;
      // A certificate in a year the window covers whole settles it, unless its occupation must match too.
      const settled = occupation === undefined && (years & window.whole) !== 0;
      if (
        dated &&
        !settled &&
        !entry.summary.certificates.some(
          (cert) =>
            cert.date >= from &&
            cert.date <= to &&
            (occupation === undefined || occupationMatches(cert.occupationCode, occupation)),
        )
      )
        return;
      visit(slot);
    };
    const group = occupation === undefined ? null : groupOf(occupation);
    if (group === null) {
      for (let slot = 0; slot < workers; slot++) test(slot);
      return { access: 'column-scan', key: null, examined: workers, workers };
    }
    const listed = this.#groups.get(group) ?? new Set<number>();
    for (const slot of listed) test(slot);
    return { access: 'occupation-group', key: group, examined: listed.size, workers };
  }

  /** 0 when the filter does not ask; the code's bit; null when nobody holds the code asked for. */
  #wantedBit(codes: BitCodes, code: string | undefined): number | null {
    if (code === undefined) return 0;
    const bit = codes.bitOf(code);
    return bit === undefined ? null : 1 << bit;
  }

  /** By body index + 1 (0: no body), whether the body lies in the region, looked up once per body. */
  #bodiesIn(region: string, regionOf: RegionOf): Uint8Array {
    const inRegion = new Uint8Array(this.#bodyIds.length + 1);
    this.#bodyIds.forEach((bodyId, i) => {
      inRegion[i + 1] = regionOf(bodyId) === region ? 1 : 0;
    });
    return inRegion;
  }

  #facets(
    regionOf: RegionOf,
    byBody: Int32Array,
    byOrdinal: Int32Array,
    { industries, honours, medals }: Record<'industries' | 'honours' | 'medals', Int32Array>,
    occupations: OccupationCounts,
  ): Omit<Facets, 'trainingKind' | 'trainingBrand'> {
    const region: Record<string, number> = {};
    byBody.forEach((n, i) => {
      const key = regionOf(i === 0 ? null : (this.#bodyIds[i - 1] as string)) ?? UNPLACED;
      if (n > 0) region[key] = (region[key] ?? 0) + n;
    });
    const highest: Record<string, number> = {};
    byOrdinal.forEach((n, i) => {
      if (n > 0) highest[skillLevelByOrdinal(i - 1)?.key ?? NO_STEP] = n;
    });
    return {
      region,
      highest,
      industry: bitCounts(industries, this.#industries),
      honour: bitCounts(honours, this.#honours),
      medal: bitCounts(medals, this.#medals),
      ...this.#occupations.facets(occupations),
    };
  }

  /** Sort order of two slots: negative when `a` comes first. */
  #compareSlots(sort: TalentPoolSort, a: number, b: number): number {
    const c = this.#columns;
    const other = (this.#entries[b] as PoolEntry).summary.workerId;
    return this.#order(sort, a, c.highest[b] as number, c.lastDay[b] as number, other);
  }

  /** Sort order of a slot against a position: negative when the slot comes first. */
  #compare(sort: TalentPoolSort, slot: number, key: { ordinal: number; day: number; workerId: string }): number {
    return this.#order(sort, slot, key.ordinal, key.day, key.workerId);
  }

  /** The slot against a sort key given field by field (no object on the scan's hot path). */
  #order(sort: TalentPoolSort, slot: number, ordinal: number, day: number, workerId: string): number {
    const c = this.#columns;
    const byLevel = sort === 'level' ? ordinal - (c.highest[slot] as number) : 0;
    return (
      byLevel ||
      day - (c.lastDay[slot] as number) ||
      byText((this.#entries[slot] as PoolEntry).summary.workerId, workerId)
    );
  }

  #bodyIndex(bodyId: string): number {
    const known = this.#bodies.get(bodyId);
    if (known !== undefined) return known;
    this.#bodies.set(bodyId, this.#bodyIds.length);
    this.#bodyIds.push(bodyId);
    return this.#bodyIds.length - 1;
  }

  #groupsOf(entry: PoolEntry): Set<string> {
    return new Set(entry.occupations.flatMap((o) => groupOf(o.code) ?? []));
  }

  #unlistGroups(entry: PoolEntry, slot: number): void {
    for (const group of this.#groupsOf(entry)) this.#groups.get(group)?.delete(slot);
  }

  #grow(): void {
    const grown = TalentPool.#allocate(this.#columns.highest.length * 2);
    for (const column of COLUMNS) grown[column].set(this.#columns[column]);
    this.#columns = grown;
  }
}
