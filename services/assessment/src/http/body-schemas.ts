import {
  BodyCategorySchema,
  BodyIdSchema,
  CertifiedLevelSchema,
  FilingRequestSchema,
  OccupationCodeSchema,
  ReasonSchema,
  SichuanRegionCodeSchema,
} from '@tianfu/contracts';
import { z } from 'zod';

export const BodyParamsSchema = z.object({ bodyId: BodyIdSchema });

export const StatusChangeSchema = z.strictObject({ reason: ReasonSchema });

/** 备案: the levels a body may assess in one occupation, under one standard version (docs/domain.md §2.1, §2.3). */
export const FileOccupationSchema = {
  params: BodyParamsSchema.extend({ occupationCode: OccupationCodeSchema }),
  body: FilingRequestSchema,
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

export const DirectoryQuerySchema = z.strictObject({
  regionCode: SichuanRegionCodeSchema.optional(),
  occupationCode: OccupationCodeSchema.optional().meta({ description: 'bodies that have filed this occupation' }),
  status: z.enum(['active', 'suspended']).optional(),
});

/** The authority's register: the directory's filters, a page at a time in bodyId order. */
export const RegisterQuerySchema = DirectoryQuerySchema.extend({
  after: BodyIdSchema.optional().meta({ description: 'the `next` of the previous page' }),
  limit: z.coerce.number().int('limit is a whole number').min(1).max(200).default(50),
});

export const RegisterPageSchema = z.object({
  items: z.array(BodyViewSchema),
  next: z.string().nullable().meta({ description: 'the `after` of the next page; null on the last' }),
});
