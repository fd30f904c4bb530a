/**
 * The plan whose 专栏1 the indicators are counted against (docs/domain.md §5.3), and its targets:
 * provincial totals for the whole period 2023–2025, all of the expected (预期性) kind.
 */
export const plan = {
  title: '四川省职业技能培训发展规划（2023-2025）',
  issuer: '四川省人力资源和社会保障厅',
  publishedOn: '2023-07-31',
  section: '专栏1',
  period: { from: '2023-01-01', to: '2025-12-31' },
} as const;

export type TargetUnit = 'person-times' | 'persons' | 'bases';

export interface PlanTarget {
  /** The indicator in Chinese, after the table of docs/domain.md §5.3. */
  readonly name: string;
  readonly target: number;
  readonly unit: TargetUnit;
  readonly kind: 'expected';
}

/** The 专栏1 indicators this projection counts from the platform's events. */
export const countedTargets = {
  newCertificates: {
    name: '新增取得职业资格证书或职业技能等级证书',
    target: 450_000,
    unit: 'person-times',
    kind: 'expected',
  },
  newHighSkill: { name: '其中新增高技能人才', target: 140_000, unit: 'persons', kind: 'expected' },
  publicTrainingBases: { name: '新建公共实训基地', target: 9, unit: 'bases', kind: 'expected' },
  provincialBasesAndStudios: {
    name: '新建省级高技能人才培训基地和技能大师工作室',
    target: 30,
    unit: 'bases',
    kind: 'expected',
  },
  parkCultivationBases: { name: '产业园区高技能人才培育基地', target: 100, unit: 'bases', kind: 'expected' },
  // Training (docs/domain.md §7): completions of 补贴性 classes, of which by 农民工 and of 新型学徒制 classes.
  subsidisedTraining: { name: '补贴性职业技能培训', target: 1_500_000, unit: 'person-times', kind: 'expected' },
  migrantWorkerTraining: { name: '其中农民工', target: 450_000, unit: 'person-times', kind: 'expected' },
  apprenticeTraining: { name: '其中企业新型学徒制', target: 25_000, unit: 'persons', kind: 'expected' },
} as const satisfies Record<string, PlanTarget>;

export type Measure = keyof typeof countedTargets;
export const measures = Object.keys(countedTargets) as Measure[];

/** The 专栏1 indicators no event of the platform records, listed so a reader sees what is not counted, and why. */
export const uncountedTargets: readonly (PlanTarget & { readonly indicator: string; readonly reason: string })[] = [
  {
    indicator: 'teacherTrainingCentres',
    name: '技工教育师资培训中心',
    target: 5,
    unit: 'bases',
    kind: 'expected',
    reason: 'no event registers a teacher-training centre',
  },
];
