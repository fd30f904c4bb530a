import { AnyCertificateNumberSchema, ReasonSchema, RevocationReasonSchema } from '@tianfu/contracts';
import { z } from 'zod';

export const CertificateParamsSchema = z.object({
  certificateNo: AnyCertificateNumberSchema,
});

const note = ReasonSchema;
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
  /** Its cause on the record: the session and candidate, the contest, or the appointment (and whether by override). */
  basisReference: z.string(),
  statusList: z.object({ listId: z.string(), index: z.number() }),
});
