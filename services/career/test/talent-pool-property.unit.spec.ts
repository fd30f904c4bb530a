import { type HonourCode, type Medal, type SkillLevelKey, skillLevel } from '@tianfu/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { occupationMatches, type PoolEntry, poolEntry } from '../src/domain/talent-pool-entry.ts';
import type { WorkerSummary } from '../src/domain/worker-summary.ts';
import { TalentPool } from '../src/talent-pool/talent-pool.ts';
import { decodeCursor, type TalentPoolFilter, type TalentPoolSort } from '../src/talent-pool/talent-pool-query.ts';

// The column-by-column scan (talent-pool.ts) against the plain reading of the talent pool's filters:
// random workers, random queries, every page followed by its cursor.
const regions: Record<string, string> = { b1: '510100', b2: '510100', b3: '513300', b4: '513400' };
const regionOf = (bodyId: string | null) => (bodyId === null ? null : (regions[bodyId] ?? null));
const levels: SkillLevelKey[] = ['level5', 'level4', 'level3', 'level2', 'level1', 'principal-technician'];
const occupations = ['6-31-01-03', '6-31-01-05', '6-18-02-04', '4-03-02-01', '2-02-07-04'];
const honours: HonourCode[] = ['sichuan-technical-expert', 'sichuan-craftsman', 'national-technical-expert'];
const medals: Medal[] = ['gold', 'silver', 'bronze'];
// From 1996: years before 2000 take the certificate-by-certificate path of the year masks.
const day = fc
  .integer({ min: 0, max: 11_000 })
  .map((d) => new Date(Date.UTC(1996, 0, 1 + d)).toISOString().slice(0, 10));

const certificate = fc.record({
  date: day,
  level: fc.constantFrom(...levels),
  occupationCode: fc.constantFrom(...occupations),
  bodyId: fc.constantFrom('b1', 'b2', 'b3', 'b4', 'b-unknown'),
});

const summary = (workerId: string) =>
  fc
    .record({
      certificates: fc.array(certificate, { maxLength: 4 }),
      honours: fc.subarray(honours),
      medals: fc.subarray(medals),
    })
    .map(({ certificates, honours, medals }): WorkerSummary => {
      const sorted = [...certificates].sort((a, b) => a.date.localeCompare(b.date));
      const current = new Map<string, SkillLevelKey>();
      for (const c of sorted) {
        const held = current.get(c.occupationCode);
        if (held === undefined || skillLevel(c.level).ordinal > skillLevel(held).ordinal)
          current.set(c.occupationCode, c.level);
      }
      const held = [...current.values()].sort((a, b) => skillLevel(b).ordinal - skillLevel(a).ordinal);
      return {
        workerId,
        holderName: null,
        highest: held[0] ?? null,
        highSkill: held.some((l) => skillLevel(l).isHighSkill),
        occupations: [...current].map(([occupationCode, level]) => ({
          occupationCode,
          current: level,
          since: '2020-01-01',
        })),
        certificates: sorted,
        honours,
        medals,
        trainings: [],
        factCount: sorted.length,
        computedOn: '2026-01-01',
        changesOn: null,
      };
    });

// Each query names at most three of the filters, so that many match someone.
const filter: fc.Arbitrary<TalentPoolFilter> = fc
  .record({
    occupation: fc.constantFrom('6', '6-31', '6-31-01', '6-31-01-03', '4-03', '9-99'),
    minLevel: fc.constantFrom(...levels),
    region: fc.constantFrom('510100', '513300', '513400', '510700'),
    industry: fc.constantFrom('equipment-manufacturing', 'food-light-textiles', 'electronic-information'),
    honour: fc.constantFrom(...honours),
    medal: fc.constantFrom(...medals),
    certifiedFrom: day,
    certifiedTo: day,
    highSkillOnly: fc.boolean(),
  })
  .chain((all) =>
    fc
      .subarray(Object.keys(all) as (keyof typeof all)[], { maxLength: 3 })
      .map((keys) => Object.fromEntries(keys.map((k) => [k, all[k]])) as TalentPoolFilter),
  );

/** The talent pool's filters read plainly, one worker at a time. */
function matches(e: PoolEntry, f: TalentPoolFilter): boolean {
  const min = f.minLevel === undefined ? -1 : skillLevel(f.minLevel).ordinal;
  const asked = f.occupation;
  if (f.highSkillOnly && !e.summary.highSkill) return false;
  if (asked !== undefined) {
    if (!e.occupations.some((o) => o.ordinal >= min && occupationMatches(o.code, asked))) return false;
  } else if (e.highestOrdinal < Math.max(min, 0)) return false;
  if (f.industry !== undefined && !e.industries.includes(f.industry)) return false;
  if (f.honour !== undefined && !e.summary.honours.includes(f.honour)) return false;
  if (f.medal !== undefined && !e.summary.medals.includes(f.medal)) return false;
  const dated = f.certifiedFrom !== undefined || f.certifiedTo !== undefined;
  const inWindow = e.summary.certificates.some(
    (c) =>
      c.date >= (f.certifiedFrom ?? '') &&
      c.date <= (f.certifiedTo ?? '9999-12-31') &&
      (asked === undefined || occupationMatches(c.occupationCode, asked)),
  );
  if (dated && !inWindow) return false;
  return f.region === undefined || regionOf(e.latestBodyId) === f.region;
}

function countBy(entries: readonly PoolEntry[], keys: (e: PoolEntry) => readonly string[]) {
  const counts: Record<string, number> = {};
  for (const e of entries) for (const key of keys(e)) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const inOrder = (sort: TalentPoolSort) => (a: PoolEntry, b: PoolEntry) =>
  (sort === 'level' ? b.highestOrdinal - a.highestOrdinal : 0) ||
  byText(b.lastCertifiedOn, a.lastCertifiedOn) ||
  byText(a.summary.workerId, b.summary.workerId);

const population = fc.integer({ min: 1, max: 60 }).chain((n) =>
  fc.tuple(
    fc.tuple(...Array.from({ length: n }, (_, i) => summary(`w${String(i).padStart(3, '0')}`))),
    // Some workers change afterwards (a new certificate, a revocation): the later summary replaces the first.
    fc.array(
      fc.integer({ min: 0, max: n - 1 }).chain((i) => summary(`w${String(i).padStart(3, '0')}`)),
      {
        maxLength: 10,
      },
    ),
  ),
);

describe('talent pool scan against the plain reading of its filters', () => {
  it('given random workers, some replaced, and a random query, then every page, total and facet is what the filters say', () => {
    let withMatches = 0;
    fc.assert(
      fc.property(population, filter, fc.constantFrom<TalentPoolSort>('level', 'recent'), (people, f, sort) => {
        const [first, later] = people;
        const pool = new TalentPool();
        const latest = new Map<string, PoolEntry>();
        for (const s of [...first, ...later]) {
          const entry = poolEntry(s);
          pool.put(entry);
          latest.set(s.workerId, entry);
        }
        const expected = [...latest.values()].filter((e) => matches(e, f)).sort(inOrder(sort));
        if (expected.length > 7) withMatches += 1;
        const seen: string[] = [];
        let after = null;
        for (;;) {
          const page = pool.search({ filter: f, sort, after, limit: 7 }, regionOf, () => undefined);
          expect(page.total).toBe(expected.length);
          expect(page.facets.region).toEqual(countBy(expected, (e) => [regionOf(e.latestBodyId) ?? 'unknown']));
          expect(page.facets.highest).toEqual(countBy(expected, (e) => [e.summary.highest ?? 'none']));
          expect(page.facets.industry).toEqual(countBy(expected, (e) => e.industries));
          expect(page.facets.honour).toEqual(countBy(expected, (e) => e.summary.honours));
          expect(page.facets.medal).toEqual(countBy(expected, (e) => e.summary.medals));
          expect(page.facets.occupation).toEqual(countBy(expected, (e) => e.occupations.map((o) => o.code)));
          expect(page.facets.occupationGroup).toEqual(
            countBy(expected, (e) => [...new Set(e.occupations.map((o) => o.code.slice(0, 4)))]),
          );
          seen.push(...page.entries.map((e) => e.summary.workerId));
          if (page.next === null) break;
          after = decodeCursor(page.next);
        }
        expect(seen).toEqual(expected.map((e) => e.summary.workerId));
        expect(pool.allMatches(f, sort, regionOf, () => undefined).map((e) => e.summary.workerId)).toEqual(seen);
      }),
      { numRuns: 300 },
    );
    // Not a vacuous pass: many queries matched more than a page.
    expect(withMatches).toBeGreaterThan(30);
  });
});
