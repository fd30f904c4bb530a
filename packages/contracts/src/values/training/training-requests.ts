import { z } from 'zod';
import { CertifiedLevelSchema } from '../certified-level.ts';
import { SichuanRegionCodeSchema } from '../region-code.ts';
import { ReasonSchema, text } from '../text.ts';
import { UnifiedSocialCreditCodeSchema } from '../unified-social-credit-code.ts';
import {
  ClassCapacitySchema,
  ClassIdSchema,
  DeliveryModelSchema,
  SittingSchema,
  TrainingBrandSchema,
  TrainingKindSchema,
} from './class-values.ts';
import {
  ProviderGradeSchema,
  ProviderIdSchema,
  ProviderKindSchema,
  TrainingItemSchema,
  TrainingItemsSchema,
} from './provider-values.ts';

/** A provider entered in the 培训机构信息库 by the training office (docs/domain.md §7.1). */
export const RegisterProviderSchema = z.strictObject({
  providerId: ProviderIdSchema,
  kind: ProviderKindSchema,
  name: text({ max: 200 }),
  creditCode: UnifiedSocialCreditCodeSchema,
  regionCode: SichuanRegionCodeSchema,
  items: TrainingItemsSchema,
});
export type RegisterProviderRequest = z.input<typeof RegisterProviderSchema>;

/** 等级评估: the grade, the day it was given, who assessed, and the last day it holds. */
export const GradeProviderSchema = z.strictObject({
  grade: ProviderGradeSchema,
  gradedOn: z.iso.date('gradedOn: a date YYYY-MM-DD'),
  assessor: text({ max: 200 }),
  validUntil: z.iso.date('validUntil: a date YYYY-MM-DD'),
});
export type GradeProviderRequest = z.input<typeof GradeProviderSchema>;

/** Why a provider is suspended, reinstated or removed (进入退出). */
export const ProviderStatusChangeSchema = z.strictObject({ reason: ReasonSchema });

/** A class filed by its provider before it starts (docs/domain.md §7.1). */
export const FileClassSchema = z.strictObject({
  classId: ClassIdSchema,
  name: text({ max: 200 }),
  item: TrainingItemSchema,
  targetLevel: CertifiedLevelSchema.nullable().default(null),
  kind: TrainingKindSchema,
  deliveryModel: DeliveryModelSchema,
  brand: TrainingBrandSchema.nullable().default(null),
  sittings: z.array(SittingSchema).min(1, 'a class has at least one sitting').max(300),
  capacity: ClassCapacitySchema,
  subsidised: z.boolean(),
});
export type FileClassRequest = z.input<typeof FileClassSchema>;

/**
 * 补录: the training office records a class that already ran, filed late, with its reason
 * (docs/domain.md §7.1); the class's own fields are the filing's.
 */
export const FilePastClassSchema = FileClassSchema.extend({ reason: ReasonSchema });
export type FilePastClassRequest = z.input<typeof FilePastClassSchema>;
