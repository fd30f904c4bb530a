import { describe, expect, it } from 'vitest';
import type { CareerFact } from '../src/domain/career-facts.ts';
import { medalsOf } from '../src/domain/medals.ts';
import { planIndicators } from '../src/domain/plan-indicators.ts';
import type { BaseReference } from '../src/domain/reference-facts.ts';
import { poolEntry } from '../src/domain/talent-pool-entry.ts';
import { summariseWorker } from '../src/domain/worker-summary.ts';
import { TalentPool } from '../src/talent-pool/talent-pool.ts';
import { decodeCursor, type TalentPoolFilter } from '../src/talent-pool/talent-pool-query.ts';
import { certificateFact, medalFact } from './career-samples.ts';

const worker = (n: number) => n.toString(16).padStart(64, '0');
const regions: Record<string, string> = { 'b-chengdu': '510100', 'b-ganzi': '513300' };
const regionOf = (bodyId: string | null) => (bodyId === null ? null : (regions[bodyId] ?? null));
const noTraining = { classOf: () => undefined, classRegion: () => null, groupCounts: [] };
const asOf = '2025-06-30';
const electrician = '6-31-01-03';

// Five workers: a 三级 welder in 甘孜 with gold, a 二级 electrician in 成都, a 四级 welder in 成都,
// a 三级 welder in 成都 whose 三级 was revoked (so 四级), and a 五级 cook in 甘孜.
const population: CareerFact[][] = [
  [
    certificateFact(worker(1), '1', 'level4', '2020-01-10', { bodyId: 'b-ganzi' }),
    certificateFact(worker(1), '2', 'level3', '2024-05-01', { bodyId: 'b-ganzi' }),
    medalFact(worker(1), 'm-1', 'gold', '2024-10-01T02:00:00Z'),
  ],
  [certificateFact(worker(2), '3', 'level2', '2023-03-03', { occupationCode: electrician })],
  [certificateFact(worker(3), '4', 'level4', '2024-08-08')],
  [
    certificateFact(worker(4), '5', 'level4', '2021-02-02'),
    certificateFact(worker(4), '6', 'level3', '2024-09-09'),
    {
      kind: 'certificate-revoked',
      factId: 'r-6',
      workerId: worker(4),
      date: '2025-01-05',
      certificateId: `${worker(4).slice(0, 4)}-6`,
      reason: 'fraud',
    },
  ],
  [certificateFact(worker(5), '7', 'level5', '2025-02-02', { occupationCode: '4-03-02-01', bodyId: 'b-ganzi' })],
];
const entries = population.map((facts, i) => poolEntry(summariseWorker(worker(i + 1), facts, asOf)));
const pool = new TalentPool();
for (const entry of entries) pool.put(entry);

const search = (filter: TalentPoolFilter, limit = 10) =>
  pool.search({ filter, sort: 'level', after: null, limit }, regionOf, () => undefined);
const ids = (page: { entries: readonly { summary: { workerId: string } }[] }) =>
  page.entries.map((e) => Number.parseInt(e.summary.workerId, 16));

describe('talent pool search (occupation, minimum step, region, honour, medal, dates, high-skill)', () => {
  it('given an occupation prefix and a minimum step, when searching, then only workers holding that step in a matching occupation match', () => {
    // Same step: the more recently certified first (worker 3's 四级 of 2024 before worker 4's of 2021).
    expect(ids(search({ occupation: '6-18', minLevel: 'level4' }))).toEqual([1, 3, 4]);
    expect(ids(search({ occupation: '6-18', minLevel: 'level3' }))).toEqual([1]);
    expect(ids(search({ minLevel: 'level3' }))).toEqual([2, 1]);
  });

  it('given an occupation, then only the workers listed under its 中类 are examined, as the plan says; otherwise every worker’s columns', () => {
    expect(search({ occupation: '6-31', minLevel: 'level3' }).plan).toEqual({
      access: 'occupation-group',
      key: '6-31',
      examined: 1,
      workers: 5,
    });
    expect(search({ occupation: '6' }).plan).toMatchObject({ access: 'column-scan', examined: 5 });
    expect(search({ honour: 'sichuan-technical-expert' }).plan).toEqual({
      access: 'none',
      key: null,
      examined: 0,
      workers: 5,
    });
  });

  it('given a region, then the worker is placed in the 市(州) of the body of their latest counted certificate', () => {
    const page = search({ region: '513300' });
    expect(ids(page)).toEqual([1, 5]);
    expect(page.facets.highest).toEqual({ level3: 1, level5: 1 });
  });

  it('given high-skill only, medal or industry filters, then each applies (docs/domain.md §1: 三级 up is 高技能人才)', () => {
    expect(ids(search({ highSkillOnly: true }))).toEqual([2, 1]);
    expect(ids(search({ medal: 'gold' }))).toEqual([1]);
    expect(ids(search({ industry: 'food-light-textiles' }))).toEqual([5]);
  });

  it('given certified between two dates, then a counted certificate in that window is needed (a revoked one is not)', () => {
    expect(ids(search({ certifiedFrom: '2024-09-01', certifiedTo: '2024-12-31' }))).toEqual([]);
    expect(ids(search({ certifiedFrom: '2024-01-01', certifiedTo: '2024-12-31' }))).toEqual([1, 3]);
  });

  it('given pages of two, when following the cursor, then every match comes once in order and the facets count all matches', () => {
    const seen: number[] = [];
    let after = null;
    for (;;) {
      const page = pool.search({ filter: {}, sort: 'level', after, limit: 2 }, regionOf, () => undefined);
      expect(page.total).toBe(5);
      expect(page.facets.region).toEqual({ '510100': 3, '513300': 2 });
      seen.push(...ids(page));
      if (page.next === null) break;
      after = decodeCursor(page.next);
    }
    expect(seen).toEqual([2, 1, 3, 4, 5]);
    expect(decodeCursor('not-a-cursor')).toBeNull();
  });

  it('given a search, then the facets count the matching workers per occupation and per 中类 of it', () => {
    const page = search({});
    expect(page.facets.occupation).toEqual({ '6-18-02-04': 3, [electrician]: 1, '4-03-02-01': 1 });
    expect(page.facets.occupationGroup).toEqual({ '6-18': 3, '6-31': 1, '4-03': 1 });
    expect(search({ region: '510100' }).facets.occupationGroup).toEqual({ '6-18': 2, '6-31': 1 });
  });

  it('given a worker holding two occupations of one 中类 and a third of another, then the 中类 counts them once', () => {
    const three = [
      certificateFact(worker(9), '91', 'level4', '2022-01-01', { occupationCode: electrician }),
      certificateFact(worker(9), '92', 'level5', '2023-01-01', { occupationCode: '6-31-01-02' }),
      certificateFact(worker(9), '93', 'level5', '2024-01-01'),
    ];
    const alone = new TalentPool();
    alone.put(poolEntry(summariseWorker(worker(9), three, asOf)));
    const { facets } = alone.search({ filter: {}, sort: 'level', after: null, limit: 1 }, regionOf, () => undefined);
    expect(facets.occupation).toEqual({ [electrician]: 1, '6-31-01-02': 1, '6-18-02-04': 1 });
    expect(facets.occupationGroup).toEqual({ '6-31': 1, '6-18': 1 });
  });
});

describe('medals: a correction replaces the published result', () => {
  it('given a gold later corrected to silver, then silver; a correction to no medal removes it', () => {
    const gold = medalFact(worker(1), 'm-1', 'gold', '2024-10-01T02:00:00Z');
    const silver = medalFact(worker(1), 'm-2', 'silver', '2024-10-03T02:00:00Z');
    expect(medalsOf([silver, gold]).map((m) => m.medal)).toEqual(['silver']);
    expect(medalsOf([gold, medalFact(worker(1), 'm-3', null, '2024-10-05T00:00:00Z')])).toEqual([]);
  });
});

describe('plan indicators (docs/domain.md §5.3)', () => {
  const bases: BaseReference[] = [
    {
      kind: 'base',
      referenceId: 'studio-1',
      baseKind: 'master-studio',
      level: 'provincial',
      regionCode: '513322',
      industry: '装备制造',
      establishedOn: '2024-06-01',
    },
  ];

  it('counts counted certificates (person-times) and new 高技能人才 in the period, by year and 市(州), beside the targets', () => {
    const result = planIndicators(entries, bases, regionOf, noTraining, { from: '2023-01-01', to: '2025-12-31' });
    // 2023: worker 2's 二级; 2024: worker 1's 三级 and worker 3's 四级 (worker 4's 三级 was revoked); 2025: worker 5's 五级.
    expect(result.totals).toMatchObject({ newCertificates: 4, newHighSkill: 2, provincialBasesAndStudios: 1 });
    expect(result.byYear.map((y) => [y.year, y.newCertificates])).toEqual([
      ['2023', 1],
      ['2024', 2],
      ['2025', 1],
    ]);
    expect(result.byRegion.find((r) => r.regionCode === '513300')).toMatchObject({
      regionName: '甘孜藏族自治州',
      newCertificates: 2,
      newHighSkill: 1,
      provincialBasesAndStudios: 1,
    });
    expect(result.targets.find((t) => t.measure === 'newCertificates')).toEqual({
      measure: 'newCertificates',
      name: '新增取得职业资格证书或职业技能等级证书',
      unit: 'person-times',
      kind: 'expected',
      value: 4,
      target: 450_000,
      share: 4 / 450_000,
    });
  });

  it('given certificates and a base over three years, when counting, then each year and 市(州) has its own row, and the rows add up to the years and the 市(州)', () => {
    const result = planIndicators(entries, bases, regionOf, noTraining, { from: '2023-01-01', to: '2025-12-31' });
    const cell = (r: (typeof result.byYearAndRegion)[number]) => [
      r.year,
      r.regionCode,
      r.regionName,
      r.newCertificates,
      r.newHighSkill,
      r.provincialBasesAndStudios,
    ];
    expect(result.byYearAndRegion.map(cell)).toEqual([
      ['2023', '510100', '成都市', 1, 1, 0],
      ['2024', '510100', '成都市', 1, 0, 0],
      ['2024', '513300', '甘孜藏族自治州', 1, 1, 1],
      ['2025', '513300', '甘孜藏族自治州', 1, 0, 0],
    ]);
    for (const year of result.byYear) {
      const rows = result.byYearAndRegion.filter((r) => r.year === year.year);
      expect(rows.reduce((n, r) => n + r.newCertificates, 0)).toBe(year.newCertificates);
    }
    for (const region of result.byRegion) {
      const rows = result.byYearAndRegion.filter((r) => r.regionCode === region.regionCode);
      expect(rows.reduce((n, r) => n + r.newHighSkill, 0)).toBe(region.newHighSkill);
    }
  });

  it('given no facts, then every measure still stands beside its target and the plan it comes from, and the 专栏1 indicators no event records are named with the reason', () => {
    const result = planIndicators([], [], regionOf, noTraining, { from: '2023-01-01', to: '2025-12-31' });
    expect(result.plan).toMatchObject({ title: '四川省职业技能培训发展规划（2023-2025）', section: '专栏1' });
    expect(result.targets.map((t) => [t.measure, t.target, t.value])).toEqual([
      ['newCertificates', 450_000, 0],
      ['newHighSkill', 140_000, 0],
      ['publicTrainingBases', 9, 0],
      ['provincialBasesAndStudios', 30, 0],
      ['parkCultivationBases', 100, 0],
      ['subsidisedTraining', 1_500_000, 0],
      ['migrantWorkerTraining', 450_000, 0],
      ['apprenticeTraining', 25_000, 0],
    ]);
    expect(result.notCounted.map((t) => [t.indicator, t.target])).toEqual([['teacherTrainingCentres', 5]]);
    expect(result.brands.map((b) => [b.brand, b.target, b.value])).toEqual([
      ['tianfu-new-farmer', 50_000, 0],
      ['tianfu-builder', 100_000, 0],
      ['sichuan-cuisine-chef', 25_000, 0],
      ['tianfu-technician', 50_000, 0],
      ['tianfu-digital-craftsman', 25_000, 0],
    ]);
    expect(result.notCounted.every((t) => t.reason.length > 0)).toBe(true);
    expect(result.byYearAndRegion).toEqual([]);
  });

  it('a region filter keeps only that 市(州); an occupation filter keeps only its certificates', () => {
    expect(
      planIndicators(entries, bases, regionOf, noTraining, { from: '2019-01-01', to: '2025-12-31', region: '510100' })
        .totals,
    ).toMatchObject({ newCertificates: 3, newHighSkill: 1, provincialBasesAndStudios: 0 });
    expect(
      planIndicators(entries, bases, regionOf, noTraining, { from: '2019-01-01', to: '2025-12-31', occupation: '6-31' })
        .totals,
    ).toMatchObject({ newCertificates: 1, newHighSkill: 1 });
  });
});
