import {
  AnyCertificateNumberSchema,
  IdDocumentSchema,
  OccupationCodeSchema,
  SkillLevelKeySchema,
} from '@tianfu/contracts';
import { z } from 'zod';
import { CertificateViewSchema } from './certificate-schemas.ts';

const STATUSES = ['valid', 'suspended', 'revoked'] as const;

/** A body id as the issuance routes take it. */
const bodyId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/, 'a body id: letters, digits, _ and -, at most 100');

/**
 * The certificate office's search, sent as a POST body so a 居民身份证号 never sits in a URL
 * (access logs, proxies, browser history). Every field narrows; none given lists every certificate.
 */
export const CertificateSearchSchema = z.strictObject({
  document: IdDocumentSchema.optional().meta({ description: "the holder's ID document" }),
  bodyId: bodyId.optional(),
  status: z.enum(STATUSES, { error: 'status is valid, suspended or revoked' }).optional(),
  occupationCode: OccupationCodeSchema.optional(),
  level: SkillLevelKeySchema.optional(),
  after: AnyCertificateNumberSchema.optional().meta({ description: 'the `next` of the page before' }),
  limit: z.number().int('limit is a whole number').min(1).max(100).default(20),
});

/** The office's view of a certificate with its holder's name in full (null once erased or never known). */
export const CertificateRecordSchema = CertificateViewSchema.extend({
  holderName: z.string().nullable().meta({ description: 'in full, for the certificate office; null once erased' }),
});

export const CertificatePageSchema = z.object({
  total: z.number().int(),
  items: z.array(CertificateRecordSchema),
  next: z.string().nullable().meta({ description: 'the `after` of the next page; null on the last' }),
});

export const CertificateHistorySchema = z.object({
  items: z.array(
    z.object({
      change: z.enum(['issued', 'revoked', 'suspended', 'reinstated', 'reissued']),
      at: z.string(),
      by: z.string(),
      reason: z.string().nullable(),
      note: z.string().nullable(),
      printSerial: z.string().nullable(),
    }),
  ),
});
