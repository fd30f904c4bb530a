import { PersonNameSchema } from '@tianfu/contracts';
import { z } from 'zod';

const certificateNo = z
  .string()
  .trim()
  .regex(/^[A-Z0-9]{16,22}$/, '证书编号: 16 to 22 capital letters and digits');
const name = PersonNameSchema;

export const VerifyRequestSchema = z.object({ certificateNo, name });

export const MAX_BATCH = 1_000;
export const VerifyBatchSchema = z.object({
  items: z.array(VerifyRequestSchema).min(1).max(MAX_BATCH, `at most ${MAX_BATCH} certificates per request`),
});

export const TokenSchema = z.object({ token: z.string().min(20).max(8_000) });

const PublicCertificateSchema = z.object({
  certificateNo: z.string(),
  maskedName: z.string().nullable(),
  occupationCode: z.string(),
  occupationName: z.string(),
  workType: z.string(),
  level: z.string(),
  levelLabel: z.string(),
  bodyName: z.string(),
  issuedOn: z.string(),
  revokedOn: z.string().nullable(),
});

export const VerificationAnswerSchema = z.object({
  result: z.enum(['valid', 'not-yet-valid', 'suspended', 'revoked', 'not-found']),
  certificate: PublicCertificateSchema.nullable(),
});

export const VerifyBatchAnswerSchema = z.object({ items: z.array(VerificationAnswerSchema) });
