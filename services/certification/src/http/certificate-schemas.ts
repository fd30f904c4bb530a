import { AnyCertificateNumberSchema, RevocationReasonSchema } from '@tianfu/contracts';
import { z } from 'zod';

export const CertificateParamsSchema = z.object({
  certificateNo: AnyCertificateNumberSchema,
});

const note = z.string().trim().min(1, 'a note saying why is required').max(1000);
export const StatusChangeSchema = z.object({ note });
export const RevokeSchema = z.object({ reason: RevocationReasonSchema, note });

export const QrQuerySchema = z.object({ format: z.enum(['svg', 'png']).default('svg') });

/** The certificate office's view: everything on the record except the sealed name. */
export const CertificateViewSchema = z.object({
  certificateNo: z.string(),
  certificateId: z.string(),
  workerId: z.string(),
  status: z.enum(['valid', 'suspended', 'revoked']),
  revocation: z.object({ reason: RevocationReasonSchema, at: z.string() }).nullable(),
  maskedName: z.string().nullable(),
  bodyId: z.string(),
  bodyName: z.string(),
  occupationCode: z.string(),
  workType: z.string(),
  level: z.string(),
  issuedOn: z.string(),
  printSerial: z.string(),
  basis: z.string(),
  statusList: z.object({ listId: z.string(), index: z.number() }),
});
