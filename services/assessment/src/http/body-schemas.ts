import { BodyFilingNoSchema, SichuanRegionCodeSchema, UnifiedSocialCreditCodeSchema } from '@tianfu/contracts';
import { z } from 'zod';

export const BodyIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'letters, digits, _ and -, at most 64 characters');

export const BodyParamsSchema = z.object({ bodyId: BodyIdSchema });

export const RegisterBodySchema = z.strictObject({
  bodyId: BodyIdSchema,
  filingNo: BodyFilingNoSchema,
  name: z.string().trim().min(1).max(200),
  creditCode: UnifiedSocialCreditCodeSchema,
  regionCode: SichuanRegionCodeSchema,
});

export const StatusChangeSchema = z.strictObject({ reason: z.string().trim().min(1).max(1000) });

export const BodyViewSchema = z.object({
  bodyId: z.string(),
  filingNo: z.string(),
  kind: z.enum(['Y', 'S']),
  name: z.string(),
  creditCode: z.string(),
  regionCode: z.string(),
  registeredAt: z.string(),
  status: z.enum(['active', 'suspended']),
  statusReason: z.string().nullable(),
  revision: z.number().int(),
});
