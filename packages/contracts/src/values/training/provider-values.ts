import { z } from 'zod';
import { SpecialAbilityCodeSchema } from '../catalogue-codes.ts';
import { OccupationCodeSchema } from '../occupation-code.ts';

/** A training provider's id in the platform: the route, the form and the training-provider token's providerId claim. */
export const ProviderIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'letters, digits, _ and -, at most 64 characters');

/** The kinds of training provider the plan names (docs/domain.md §7.1), with the words people know them by. */
export const providerKinds = [
  { code: 'public-training-base', zh: '公共实训基地' },
  { code: 'technical-school', zh: '技工院校' },
  { code: 'vocational-school', zh: '职业学校' },
  { code: 'university', zh: '高校' },
  { code: 'enterprise-training-centre', zh: '企业职工培训中心' },
  { code: 'cross-enterprise-training-centre', zh: '跨企业职工培训中心' },
  { code: 'county-training-institute', zh: '县级职业训练院' },
  { code: 'private-training-institution', zh: '民办职业培训机构' },
  { code: 'online-platform', zh: '线上培训平台' },
] as const;

type ProviderKindCode = (typeof providerKinds)[number]['code'];
const kindCodes = providerKinds.map((k) => k.code) as [ProviderKindCode, ...ProviderKindCode[]];

export const ProviderKindSchema = z.enum(kindCodes, {
  error: `kind is one of ${providerKinds.map((k) => `${k.code} (${k.zh})`).join(', ')} (docs/domain.md §7.1)`,
});
export type ProviderKind = z.output<typeof ProviderKindSchema>;

/**
 * 等级评估: the grade a provider's quality assessment gives it. The plan names the assessment but
 * not its scale; A (best) to D is our own ⚠ (docs/domain.md §7.1).
 */
export const ProviderGradeSchema = z.enum(['A', 'B', 'C', 'D'], {
  error: 'grade is A, B, C or D (等级评估, A the best; docs/domain.md §7.1)',
});
export type ProviderGrade = z.output<typeof ProviderGradeSchema>;

/** Listed (on the 目录清单), suspended by supervision, or removed for good (进入退出, docs/domain.md §7.1). */
export const ProviderStatusSchema = z.enum(['listed', 'suspended', 'removed'], {
  error: 'status is listed, suspended or removed',
});

/**
 * What a provider may train and a class teaches: an occupation of the 大典 or a 专项职业能力 item
 * of the catalogue (docs/domain.md §7.1, §3.4).
 */
export const TrainingItemSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('occupation'), code: OccupationCodeSchema }),
    z.strictObject({ kind: z.literal('special-ability'), code: SpecialAbilityCodeSchema }),
  ],
  { error: 'an item is {kind: occupation, code: 6-31-01-03} or {kind: special-ability, code: S51-0012}' },
);
export type TrainingItem = z.output<typeof TrainingItemSchema>;

/** The items a provider may train: at least one, each once. */
export const TrainingItemsSchema = z
  .array(TrainingItemSchema)
  .min(1, 'a provider may train at least one item')
  .max(200)
  .refine((items) => new Set(items.map((i) => `${i.kind}:${i.code}`)).size === items.length, 'each item once');
