import {
  AnyCertificateNumberSchema,
  BodyIdSchema,
  CaseRefSchema,
  ReasonSchema,
  RevocationReasonSchema,
} from '@tianfu/contracts';
import { z } from 'zod';

export const CertificateParamsSchema = z.object({
  certificateNo: AnyCertificateNumberSchema,
});

const note = ReasonSchema;
export const StatusChangeSchema = z.object({ note });
export const RevokeSchema = z.object({
  reason: RevocationReasonSchema,
  note,
  caseRef: CaseRefSchema.optional().meta({ description: 'the supervision case (查处) that decided it' }),
});

/** A case's revocation of many certificates: exactly one of a list of numbers or an exam session. */
export const CaseRevocationSchema = z
  .strictObject({
    caseRef: CaseRefSchema,
    reason: RevocationReasonSchema,
    note,
    certificateNos: z.array(AnyCertificateNumberSchema).min(1).max(10_000).optional(),
    // An assessment session's id, in the form the assessment service gives its ids.
    sessionId: BodyIdSchema.optional().meta({ description: 'every certificate issued for this exam session' }),
  })
  .superRefine((body, ctx) => {
    if ((body.certificateNos === undefined) === (body.sessionId === undefined))
      ctx.addIssue({
        code: 'custom',
        path: ['certificateNos'],
        message: 'name the certificates by exactly one of certificateNos and sessionId',
        params: { rule: 'one_target' },
      });
  });

export const CaseRevocationResultSchema = z.object({
  caseRef: z.string(),
  revoked: z.array(z.string()).meta({ description: 'revoked by this request, with the case and reason' }),
  alreadyRevoked: z.array(z.string()).meta({ description: 'revoked before it: left as they were' }),
});

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
