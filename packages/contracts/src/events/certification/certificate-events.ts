import { z } from 'zod';
import { SealedNameSchema } from '../../identity/sealed-name.ts';
import { WorkerIdSchema } from '../../identity/worker-id.ts';
import { CaseRefSchema } from '../../values/case-ref.ts';
import { BodyFilingNoSchema } from '../../values/certificate-number/index.ts';
import { OccupationCodeSchema } from '../../values/occupation-code.ts';
import { SkillLevelKeySchema } from '../../values/skill-level.ts';
import { ReasonSchema, text } from '../../values/text.ts';
import { defineEvent } from '../event-definition.ts';

const certificateId = z.uuid();
const instant = z.iso.datetime({ offset: true });
const note = ReasonSchema;

/** Why a certificate exists (docs/architecture.md "Certificates": issuance paths), with its source. */
export const IssuanceBasisSchema = z.object({
  path: z.enum(['exam', 'competition', 'direct-recognition', 'appointment', 'legacy']),
  /** The event that caused it (exam, competition, appointment) or the command's correlation id. */
  sourceEventId: z.string().min(1).max(200).nullable(),
  reference: text({ min: 0, max: 300 }),
});

/**
 * Where a certificate's status bits sit: the same index in the list's revocation and suspension
 * bitstrings (W3C Bitstring Status List), drawn at random when it is issued.
 */
export const StatusEntrySchema = z.object({
  listId: z.string().regex(/^[a-z0-9-]{1,40}$/, 'lower-case letters, digits and -'),
  index: z
    .number()
    .int()
    .min(0)
    .max(2 ** 24),
});
export type StatusEntry = z.output<typeof StatusEntrySchema>;

/**
 * A 职业技能等级证书 issued in the body's name (docs/domain.md §3.1). No ID number; the holder's name
 * only sealed under the worker's key (null when the source carried none, e.g. an upcast event).
 */
export const CertificateIssued = defineEvent({
  type: 'certification.CertificateIssued',
  schemaVersion: 1,
  schema: z.object({
    certificateId,
    certificateNo: z.string().min(16).max(22),
    workerId: WorkerIdSchema,
    bodyId: z.string().min(1).max(100),
    filingNo: BodyFilingNoSchema.nullable(),
    bodyName: text({ max: 200 }),
    occupationCode: OccupationCodeSchema,
    workType: text({ max: 100 }),
    level: SkillLevelKeySchema,
    issuedOn: z.iso.date(),
    printSerial: z.string().min(1).max(40),
    holderName: SealedNameSchema.nullable(),
    statusEntry: StatusEntrySchema,
    basis: IssuanceBasisSchema,
    issuedAt: instant,
  }),
});
export type CertificateIssuedData = z.output<typeof CertificateIssued.schema>;

export const RevocationReasonSchema = z.enum(['fraud', 'issued-in-error', 'outcome-superseded', 'other'], {
  error: 'reason is fraud (弄虚作假), issued-in-error, outcome-superseded or other',
});

const statusChange = { certificateId, workerId: WorkerIdSchema, at: instant };

/**
 * Final: a revoked certificate drops out of the ladder and verifies as revoked. A revocation a
 * supervision case decided names the case (absent from those recorded before cases existed).
 */
export const CertificateRevoked = defineEvent({
  type: 'certification.CertificateRevoked',
  schemaVersion: 1,
  schema: z.object({ ...statusChange, reason: RevocationReasonSchema, note, caseRef: CaseRefSchema.optional() }),
});
export type CertificateRevokedData = z.output<typeof CertificateRevoked.schema>;

export const CertificateSuspended = defineEvent({
  type: 'certification.CertificateSuspended',
  schemaVersion: 1,
  schema: z.object({ ...statusChange, note }),
});
export type CertificateSuspendedData = z.output<typeof CertificateSuspended.schema>;

export const CertificateReinstated = defineEvent({
  type: 'certification.CertificateReinstated',
  schemaVersion: 1,
  schema: z.object({ ...statusChange, note }),
});
export type CertificateReinstatedData = z.output<typeof CertificateReinstated.schema>;

/** A lost certificate printed again: same number, new print serial (印制流水码). */
export const CertificateReissued = defineEvent({
  type: 'certification.CertificateReissued',
  schemaVersion: 1,
  schema: z.object({ ...statusChange, printSerial: z.string().min(1).max(40), note }),
});
export type CertificateReissuedData = z.output<typeof CertificateReissued.schema>;

export const certificationEvents = [
  CertificateIssued,
  CertificateRevoked,
  CertificateSuspended,
  CertificateReinstated,
  CertificateReissued,
] as const;
