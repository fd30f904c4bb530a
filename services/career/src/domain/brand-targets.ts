import type { TrainingBrand } from '@tianfu/contracts';

/** A 专栏5 brand's training target: trained by the end of its year (docs/domain.md §5.4). */
export interface BrandTarget {
  readonly name: string;
  readonly target: number;
  readonly unit: 'person-times';
  /** The last day of the year the plan sets the target for. */
  readonly by: string;
}

/**
 * The plan's 专栏5 brands and their 2025 targets, counted as completions of classes filed for the
 * brand. 天府建筑工's 100,000 is its total; its sub-targets (special operations, rural builders,
 * BIM) have no class field to count them by.
 */
export const brandTargets: Record<TrainingBrand, BrandTarget> = {
  'tianfu-new-farmer': { name: '天府新农人', target: 50_000, unit: 'person-times', by: '2025-12-31' },
  'tianfu-builder': { name: '天府建筑工', target: 100_000, unit: 'person-times', by: '2025-12-31' },
  'sichuan-cuisine-chef': { name: '川菜大师傅', target: 25_000, unit: 'person-times', by: '2025-12-31' },
  'tianfu-technician': { name: '天府技工', target: 50_000, unit: 'person-times', by: '2025-12-31' },
  'tianfu-digital-craftsman': { name: '天府数智工匠', target: 25_000, unit: 'person-times', by: '2025-12-31' },
};

export const brands = Object.keys(brandTargets) as TrainingBrand[];
