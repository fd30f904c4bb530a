import { z } from 'zod';
import { BodyCategorySchema } from './body-category.ts';
import { BodyFilingNoSchema } from './certificate-number/index.ts';
import { CertifiedLevelSchema } from './certified-level.ts';
import { SichuanRegionCodeSchema } from './region-code.ts';
import { text } from './text.ts';
import { UnifiedSocialCreditCodeSchema } from './unified-social-credit-code.ts';

/** An evaluation body's id in the platform: the route, the form and the token's bodyId claim. */
export const BodyIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'letters, digits, _ and -, at most 64 characters');

/** 评价机构备案 by the provincial authority (docs/domain.md §2.1), as the API and the admin console check it. */
export const RegisterBodySchema = z.strictObject({
  bodyId: BodyIdSchema,
  filingNo: BodyFilingNoSchema,
  name: text({ max: 200 }),
  creditCode: UnifiedSocialCreditCodeSchema,
  regionCode: SichuanRegionCodeSchema,
  category: BodyCategorySchema.optional(),
});

export type RegisterBodyRequest = z.input<typeof RegisterBodySchema>;

/** 备案: the levels a body may assess in one occupation, under one standard version (docs/domain.md §2.1, §2.3). */
export const FilingRequestSchema = z.strictObject({
  standardVersion: text({ max: 20 }),
  levels: z
    .array(CertifiedLevelSchema)
    .min(1)
    .max(5)
    .refine((levels) => new Set(levels).size === levels.length, 'each level once'),
});

export type FilingRequest = z.input<typeof FilingRequestSchema>;
