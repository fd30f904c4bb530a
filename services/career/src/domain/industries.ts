/** The six leading industries (六大优势产业, docs/domain.md §5.2). */
export const industries = [
  { key: 'electronic-information', name: '电子信息' },
  { key: 'equipment-manufacturing', name: '装备制造' },
  { key: 'food-light-textiles', name: '食品轻纺' },
  { key: 'energy-chemicals', name: '能源化工' },
  { key: 'advanced-materials', name: '先进材料' },
  { key: 'medicine-health', name: '医药健康' },
] as const;

export type Industry = (typeof industries)[number]['key'];
export const industryKeys = industries.map((i) => i.key) as [Industry, ...Industry[]];

export const industryName = (key: string): string | undefined => industries.find((i) => i.key === key)?.name;

/**
 * Which leading industry an occupation's workers count toward, by the longest matching prefix of
 * the occupation code. ⚠ Our own classification for the plan view (docs/domain.md §5.3 counts "by
 * industry" without saying how an occupation maps); confirm it with the planning office.
 */
const occupationIndustries: readonly (readonly [prefix: string, industry: Industry])[] = [
  ['4-04-04', 'electronic-information'],
  ['6-25', 'electronic-information'],
  ['6-18', 'equipment-manufacturing'],
  ['6-20', 'equipment-manufacturing'],
  ['6-31', 'equipment-manufacturing'],
  ['4-03-02', 'food-light-textiles'],
  ['6-01', 'food-light-textiles'],
  ['6-05', 'food-light-textiles'],
  ['6-11', 'energy-chemicals'],
  ['6-28', 'energy-chemicals'],
  ['6-09', 'advanced-materials'],
  ['6-16', 'advanced-materials'],
  ['4-10-01', 'medicine-health'],
  ['4-14', 'medicine-health'],
  ['6-12', 'medicine-health'],
];

const byLongestPrefix = [...occupationIndustries].sort(([a], [b]) => b.length - a.length);

export function industryOf(occupationCode: string): Industry | null {
  const match = byLongestPrefix.find(
    ([prefix]) => occupationCode === prefix || occupationCode.startsWith(`${prefix}-`),
  );
  return match?.[1] ?? null;
}
