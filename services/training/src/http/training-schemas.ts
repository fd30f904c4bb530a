import {
  CertifiedLevelSchema,
  ClassIdSchema,
  OccupationCodeSchema,
  ProviderGradeSchema,
  ProviderIdSchema,
  ProviderKindSchema,
  ProviderStatusSchema,
  SichuanRegionCodeSchema,
  SpecialAbilityCodeSchema,
} from '@tianfu/contracts';
import { z } from 'zod';

export const ProviderParamsSchema = z.object({ providerId: ProviderIdSchema });
export const ClassParamsSchema = z.object({ classId: ClassIdSchema });

/** The public directory's filters (docs/domain.md §7.1): each optional, a page of `limit` after `after`. */
export const DirectoryQuerySchema = z.object({
  regionCode: SichuanRegionCodeSchema.optional(),
  occupation: z.union([OccupationCodeSchema, SpecialAbilityCodeSchema]).optional(),
  kind: ProviderKindSchema.optional(),
  grade: ProviderGradeSchema.optional(),
  after: ProviderIdSchema.optional(),
  limit: z.coerce.number().int().min(1, 'limit from 1').max(200, 'limit up to 200').default(50),
});

/** The office's register (docs/domain.md §7.1, 进入退出): the directory's filters over every status, or one. */
export const RegisterQuerySchema = DirectoryQuerySchema.extend({
  status: ProviderStatusSchema.optional().meta({
    description: 'only providers of this status; every status when unset',
  }),
});

const item = z.object({ kind: z.enum(['occupation', 'special-ability']), code: z.string() });
const grading = z.object({
  grade: z.string(),
  gradedOn: z.string(),
  assessor: z.string(),
  validUntil: z.string(),
  recordedAt: z.string(),
});

export const DirectoryLineSchema = z.object({
  providerId: z.string(),
  kind: z.string(),
  name: z.string(),
  creditCode: z.string(),
  regionCode: z.string(),
  items: z.array(item),
  grade: grading.nullable(),
});

export const DirectoryPageSchema = z.object({ items: z.array(DirectoryLineSchema), next: z.string().nullable() });

/** A provider's whole record, for itself and the office: supervision reasons and every grading. */
export const ProviderViewSchema = DirectoryLineSchema.extend({
  status: ProviderStatusSchema,
  statusReason: z.string().nullable(),
  statusChangedAt: z
    .string()
    .nullable()
    .meta({ description: 'when it was last suspended, reinstated or removed; null until then' }),
  gradings: z.array(grading),
  registeredAt: z.string(),
  revision: z.number(),
});

export const ProviderRegisterPageSchema = z.object({ items: z.array(ProviderViewSchema), next: z.string().nullable() });

const sitting = z.object({
  sittingId: z.string(),
  date: z.string(),
  start: z.string(),
  end: z.string(),
  theoryHours: z.number(),
  practicalHours: z.number(),
});

export const ClassViewSchema = z.object({
  classId: z.string(),
  providerId: z.string(),
  name: z.string(),
  item,
  targetLevel: CertifiedLevelSchema.nullable(),
  kind: z.string(),
  deliveryModel: z.string(),
  brand: z.string().nullable(),
  sittings: z.array(sitting),
  capacity: z.number(),
  subsidised: z.boolean(),
  filedAt: z.string(),
  lateFiling: z
    .object({ reason: z.string() })
    .optional()
    .meta({ description: '补录: set when the office recorded the class after it ran' }),
  startsOn: z.string(),
  endsOn: z.string(),
  revision: z.number(),
});

export const ClassListSchema = z.object({ items: z.array(ClassViewSchema) });
