import { describe, expect, it } from 'vitest';
import { planIndicators } from '../src/domain/plan-indicators.ts';
import { poolEntry } from '../src/domain/talent-pool-entry.ts';
import type { TrainingOutcomeFact } from '../src/domain/training-facts.ts';
import type { ClassGroupCount } from '../src/domain/training-group-count.ts';
import type { ClassReference } from '../src/domain/training-references.ts';
import { summariseWorker } from '../src/domain/worker-summary.ts';

const filed = (classId: string, options: Partial<ClassReference> = {}): ClassReference => ({
  kind: 'class',
  referenceId: classId,
  providerId: 'p-1',
  name: classId,
  item: { kind: 'occupation', code: '4-03-02-01' },
  targetLevel: 'level4',
  trainingKind: 'employment',
  deliveryModel: 'project',
  brand: null,
  subsidised: true,
  firstDay: '2024-03-01',
  lastDay: '2024-03-03',
  hours: 14,
  ...options,
});
const classes = new Map(
  [
    filed('chef', { brand: 'sichuan-cuisine-chef' }),
    filed('paid', { subsidised: false, brand: 'sichuan-cuisine-chef' }),
    filed('apprentice-1', { trainingKind: 'apprenticeship' }),
    filed('apprentice-2', { trainingKind: 'apprenticeship' }),
    filed('welding', { item: { kind: 'occupation', code: '6-18-02-04' } }),
    filed('ganzi', {}),
  ].map((c) => [c.referenceId, c]),
);
const regions: Record<string, string> = { ganzi: '513300' };
const completed = (workerId: string, classId: string, date: string): TrainingOutcomeFact => ({
  kind: 'training-outcome',
  factId: `${workerId}-${classId}`,
  workerId,
  date,
  classId,
  enrolmentId: '00001',
  completed: true,
  attendedHours: 14,
  classHours: 14,
  certificateNo: 'PX-1',
});
const worker = (id: string, ...facts: TrainingOutcomeFact[]) =>
  poolEntry(
    summariseWorker(
      id.repeat(64),
      facts.map((f) => ({ ...f, workerId: id.repeat(64) })),
      '2026-01-01',
    ),
  );

// Given: worker a completed the 川菜 class and a paid one of the brand; b two 新型学徒制 classes;
// c a welding class in 2023 and a class in 甘孜; 农民工 counted when the classes ended.
const entries = [
  worker('a', completed('a', 'chef', '2024-03-04'), completed('a', 'paid', '2024-05-01')),
  worker('b', completed('b', 'apprentice-1', '2024-06-01'), completed('b', 'apprentice-2', '2025-06-01')),
  worker('c', completed('c', 'welding', '2023-09-01'), completed('c', 'ganzi', '2025-01-10')),
];
const groupCounts: ClassGroupCount[] = [
  { classId: 'chef', completedOn: '2024-03-04', migrantWorkers: 1 },
  { classId: 'paid', completedOn: '2024-05-01', migrantWorkers: 1 },
  { classId: 'ganzi', completedOn: '2025-01-10', migrantWorkers: 3 },
];
const training = {
  classOf: (id: string) => classes.get(id),
  classRegion: (id: string) => (classes.has(id) ? (regions[id] ?? '510100') : null),
  groupCounts,
};
const indicators = (query: Partial<Parameters<typeof planIndicators>[4]> = {}) =>
  planIndicators(entries, [], () => null, training, { from: '2023-01-01', to: '2025-12-31', ...query });

describe('training in the plan indicators (专栏1 and 专栏5, docs/domain.md §5.3, §5.4, §7)', () => {
  it('when counted, then completions of 补贴性 classes are person-times, 新型学徒制 counts persons, 农民工 comes from the classes’ counts', () => {
    const { totals } = indicators();
    expect(totals).toMatchObject({ subsidisedTraining: 5, apprenticeTraining: 1, migrantWorkerTraining: 4 });
  });

  it('then the brands count every completion of their classes, subsidised or not, beside the 2025 target', () => {
    expect(indicators().brands.find((b) => b.brand === 'sichuan-cuisine-chef')).toEqual({
      brand: 'sichuan-cuisine-chef',
      name: '川菜大师傅',
      target: 25_000,
      unit: 'person-times',
      by: '2025-12-31',
      value: 2,
      share: 2 / 25_000,
    });
  });

  it('by year and 市(州) of the provider; the period, region and occupation filters apply to training too', () => {
    const result = indicators();
    expect(
      result.byYearAndRegion.map((r) => [r.year, r.regionCode, r.subsidisedTraining, r.migrantWorkerTraining]),
    ).toEqual([
      ['2023', '510100', 1, 0],
      ['2024', '510100', 2, 1],
      ['2025', '510100', 1, 0],
      ['2025', '513300', 1, 3],
    ]);
    expect(indicators({ region: '513300' }).totals).toMatchObject({ subsidisedTraining: 1, migrantWorkerTraining: 3 });
    expect(indicators({ from: '2025-01-01' }).totals).toMatchObject({ subsidisedTraining: 2, apprenticeTraining: 1 });
    expect(indicators({ occupation: '6-18' }).totals).toMatchObject({
      subsidisedTraining: 1,
      migrantWorkerTraining: 0,
    });
  });

  it('a class career has not yet learnt of counts nothing', () => {
    const unknown = [worker('d', completed('d', 'not-filed', '2024-01-01'))];
    const result = planIndicators(unknown, [], () => null, training, { from: '2023-01-01', to: '2025-12-31' });
    expect(result.totals.subsidisedTraining).toBe(0);
  });
});
