import { describe, expect, it } from 'vitest';
import type { CareerFact } from '../src/domain/career-facts.ts';
import { poolEntry } from '../src/domain/talent-pool-entry.ts';
import type { ClassReference } from '../src/domain/training-references.ts';
import { summariseWorker } from '../src/domain/worker-summary.ts';
import { TalentPool } from '../src/talent-pool/talent-pool.ts';
import type { TalentPoolFilter } from '../src/talent-pool/talent-pool-query.ts';
import { certificateFact } from './career-samples.ts';

const filed = (classId: string, options: Partial<ClassReference>): ClassReference => ({
  kind: 'class',
  referenceId: classId,
  providerId: 'p-1',
  name: classId,
  item: { kind: 'occupation', code: '4-03-02-01' },
  targetLevel: null,
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
    filed('apprentice', { trainingKind: 'apprenticeship', item: { kind: 'occupation', code: '6-18-02-04' } }),
  ].map((c) => [c.referenceId, c]),
);
const classOf = (id: string) => classes.get(id);
const completed = (workerId: string, classId: string, date: string): CareerFact => ({
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

// Given: a certified cook who completed the 川菜 class, an apprentice with no step yet, a certified welder who trained nowhere.
const cook = 'a'.repeat(64);
const apprentice = 'b'.repeat(64);
const welder = 'c'.repeat(64);
const pool = new TalentPool();
for (const [workerId, facts] of [
  [cook, [certificateFact(cook, '1', 'level4', '2024-06-01'), completed(cook, 'chef', '2024-03-04')]],
  [apprentice, [completed(apprentice, 'apprentice', '2025-05-01')]],
  [welder, [certificateFact(welder, '2', 'level3', '2023-06-01')]],
] as const)
  pool.put(poolEntry(summariseWorker(workerId, facts, '2026-01-01')));
const search = (filter: TalentPoolFilter) =>
  pool.search({ filter, sort: 'level', after: null, limit: 10 }, () => '510100', classOf);
const ids = (filter: TalentPoolFilter) => search(filter).entries.map((e) => e.summary.workerId);

describe('the talent pool filtered by training (docs/domain.md §7.7)', () => {
  it('when a brand, kind, occupation or period of completed training is asked, then only the workers who completed such a class', () => {
    expect(ids({ trainingBrand: 'sichuan-cuisine-chef' })).toEqual([cook]);
    expect(ids({ trainingKind: 'apprenticeship' })).toEqual([apprentice]);
    expect(ids({ trainedOccupation: '6-18' })).toEqual([apprentice]);
    expect(ids({ trainedFrom: '2024-01-01', trainedTo: '2024-12-31' })).toEqual([cook]);
    expect(ids({ trainingKind: 'apprenticeship', minLevel: 'level5' })).toEqual([]);
  });

  it('without a training filter the pool is as before: a worker with no step is not listed', () => {
    expect(ids({}).sort()).toEqual([cook, welder]);
  });

  it('then the facets count workers per kind and brand of the classes they completed', () => {
    expect(search({}).facets).toMatchObject({
      trainingKind: { employment: 1 },
      trainingBrand: { 'sichuan-cuisine-chef': 1 },
    });
    expect(search({ trainedFrom: '2024-01-01' }).facets).toMatchObject({
      trainingKind: { employment: 1, apprenticeship: 1 },
    });
  });
});
