import {
  BodyCategorySchema,
  BodyFilingNoSchema,
  CertifiedLevelSchema,
  OccupationCodeSchema,
  ReasonSchema,
  SichuanRegionCodeSchema,
  text,
  UnifiedSocialCreditCodeSchema,
} from '@tianfu/contracts';
import { z } from 'zod';

export const BodyIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'letters, digits, _ and -, at most 64 characters');

export const BodyParamsSchema = z.object({ bodyId: BodyIdSchema });

export const RegisterBodySchema = z.strictObject({
  bodyId: BodyIdSchema,
  filingNo: BodyFilingNoSchema,
  name: text({ max: 200 }),
  creditCode: UnifiedSocialCreditCodeSchema,
  regionCode: SichuanRegionCodeSchema,
  category: BodyCategorySchema.optional(),
});

export const StatusChangeSchema = z.strictObject({ reason: ReasonSchema });

/** 备案: the levels a body may assess in one occupation, under one standard version (docs/domain.md §2.1, §2.3). */
export const FileOccupationSchema = {
  params: BodyParamsSchema.extend({ occupationCode: OccupationCodeSchema }),
  body: z.strictObject({
    standardVersion: text({ max: 20 }),
    levels: z
      .array(CertifiedLevelSchema)
      .min(1)
      .max(5)
      .refine((levels) => new Set(levels).size === levels.length, 'each level once'),
  }),
};

export const FilingViewSchema = z.object({
  occupationCode: z.string(),
  standardVersion: z.string(),
  levels: z.array(CertifiedLevelSchema),
  filedAt: z.string(),
});

export const BodyViewSchema = z.object({
  bodyId: z.string(),
  filingNo: z.string(),
  kind: z.enum(['Y', 'S']),
  category: BodyCategorySchema,
  name: z.string(),
  creditCode: z.string(),
  regionCode: z.string(),
  registeredAt: z.string(),
  status: z.enum(['active', 'suspended']),
  statusReason: z.string().nullable(),
  filings: z.array(FilingViewSchema).readonly(),
  revision: z.number().int(),
});
