import { z } from 'zod';

/** The subsidies the platform judges (docs/domain.md §7.8), each with the name people know it by. */
export const subsidyKinds = [
  { code: 'skill-upgrade', zh: '技能提升补贴' },
  { code: 'training', zh: '职业培训补贴' },
  { code: 'apprenticeship', zh: '新型学徒制补贴' },
  { code: 'living', zh: '生活费补贴' },
] as const;

export const SubsidyKindSchema = z.enum(
  subsidyKinds.map((k) => k.code) as [
    (typeof subsidyKinds)[number]['code'],
    ...(typeof subsidyKinds)[number]['code'][],
  ],
  {
    error: `kind is one of ${subsidyKinds.map((k) => `${k.code} (${k.zh})`).join(', ')} (docs/domain.md §7.8)`,
  },
);
export type SubsidyKind = z.output<typeof SubsidyKindSchema>;
