import { AnyCertificateNumberSchema, CaseRefSchema, PersonNameSchema, RevocationReasonSchema } from '@tianfu/contracts';
import { z } from 'zod';
import { REFERENCE_PATTERN } from '../application/certificate-references.ts';

const certificateNo = AnyCertificateNumberSchema;
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

const VerificationCheckSchema = z.object({
  check: z.enum(['signature', 'issuer', 'status', 'level', 'occupation', 'issueDate']),
  passed: z.boolean(),
  detail: z.string().optional().meta({
    description: 'what was checked: the key id, the issuing body, the status, the level, the occupation, the date',
  }),
  since: z.iso.date().optional().meta({ description: 'a revoked or suspended certificate: the day it became so' }),
  reason: RevocationReasonSchema.optional().meta({ description: "a revoked certificate: the reason's category" }),
  caseRef: CaseRefSchema.optional().meta({
    description: 'a revoked certificate: the supervision case (查处) that decided it',
  }),
});

export const VerificationAnswerSchema = z.object({
  result: z.enum(['valid', 'not-yet-valid', 'suspended', 'revoked', 'not-found']),
  certificate: PublicCertificateSchema.nullable(),
  checks: z.array(VerificationCheckSchema).meta({
    description: 'each check apart (signature, issuer, status, level, occupation, issue date); empty when not found',
  }),
});

export const VerifyBatchAnswerSchema = z.object({ items: z.array(VerificationAnswerSchema) });

export const ReferenceParamsSchema = z.object({
  reference: z.string().regex(REFERENCE_PATTERN, 'a certificate reference is 22 letters, digits, - and _'),
});

export const ReferenceAnswerSchema = VerificationAnswerSchema.extend({
  token: z.string().nullable().meta({ description: 'the signed credential (vc+jwt), to keep and check offline' }),
});
