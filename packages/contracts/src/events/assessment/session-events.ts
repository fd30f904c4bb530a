import { z } from 'zod';
import { BodyFilingNoSchema } from '../../values/certificate-number/index.ts';
import { text } from '../../values/text.ts';
import { withAddedFields } from '../added-fields.ts';
import { defineEvent } from '../event-definition.ts';
import {
  AssessmentPartSchema,
  addsHolderName,
  bodyId,
  bodyName,
  CertifiedLevelSchema,
  calendarDate,
  instant,
  occupationCode,
  reason,
  sessionId,
  standardVersion,
  workerId,
  workType,
} from './fields.ts';

const venue = text({ max: 300 });
// What the eligibility rules found, as the platform wrote it; empty when it had nothing to say.
const summary = text({ min: 0, max: 500 });

export const SessionExaminerSchema = z.object({
  examinerId: z.string().min(1).max(100),
  workerId,
  grade: z.enum(['examiner', 'senior-examiner']),
});

/**
 * An exam session (docs/domain.md §2.2): the body's filing number and name travel with it so its
 * outcomes carry what a certificate needs (issuer = the body, docs/domain.md §3.1–3.2).
 */
export const SessionScheduled = defineEvent({
  type: 'assessment.SessionScheduled',
  schemaVersion: 1,
  schema: z.object({
    sessionId,
    bodyId,
    filingNo: BodyFilingNoSchema,
    bodyName,
    occupationCode,
    standardVersion,
    // 工种/职业方向; `--` when none (docs/domain.md §3.1).
    workType,
    level: CertifiedLevelSchema,
    date: calendarDate,
    venue,
    examiners: z.array(SessionExaminerSchema).min(1).max(50),
    supervisorId: z.string().min(1).max(100),
    // The required parts: theory + practical, and 综合评审 for 技师/高级技师 (docs/domain.md §2.2).
    parts: z.array(AssessmentPartSchema).min(1).max(3),
    scheduledAt: instant,
  }),
});
export type SessionScheduledData = z.output<typeof SessionScheduled.schema>;

export const EligibilityRecordSchema = z.discriminatedUnion('basis', [
  z.object({ basis: z.literal('rule'), ruleId: z.string().min(1).max(50), summary }),
  z.object({ basis: z.literal('override'), reason, summary }),
]);
export type EligibilityRecord = z.output<typeof EligibilityRecordSchema>;

const enrolledV1 = z.object({
  sessionId,
  candidateId: z.string().min(1).max(20),
  workerId,
  eligibility: EligibilityRecordSchema,
  enrolledAt: instant,
});

/** Version 1 carried no name. */
export const CandidateEnrolledV1 = defineEvent({
  type: 'assessment.CandidateEnrolled',
  schemaVersion: 1,
  schema: enrolledV1,
});

/**
 * A worker enrolled as a candidate: the workerId, never an ID number (docs/architecture.md). Version 2
 * adds the name sealed under the worker's key, for the certificate; null when enrolled under v1.
 */
export const CandidateEnrolled = withAddedFields(CandidateEnrolledV1, 2, addsHolderName);
export type CandidateEnrolledData = z.output<typeof CandidateEnrolled.schema>;

/**
 * A scheduled session moved or re-staffed before any mark was recorded: the new date, venue,
 * examiners and supervisor in full, with the reason (the audit trail).
 */
export const SessionAmended = defineEvent({
  type: 'assessment.SessionAmended',
  schemaVersion: 1,
  schema: z.object({
    sessionId,
    date: calendarDate,
    venue,
    examiners: z.array(SessionExaminerSchema).min(1).max(50),
    supervisorId: z.string().min(1).max(100),
    reason,
    amendedAt: instant,
  }),
});
export type SessionAmendedData = z.output<typeof SessionAmended.schema>;

export const SessionClosed = defineEvent({
  type: 'assessment.SessionClosed',
  schemaVersion: 1,
  schema: z.object({ sessionId, closedAt: instant }),
});
export type SessionClosedData = z.output<typeof SessionClosed.schema>;

/** A bulk sheet applied to a session; the file hash makes a second upload of it a no-op. */
export const SheetAccepted = defineEvent({
  type: 'assessment.SheetAccepted',
  schemaVersion: 1,
  schema: z.object({
    sessionId,
    kind: z.enum(['enrolments', 'scores']),
    fileHash: z.string().regex(/^[0-9a-f]{64}$/),
    rows: z.number().int().min(1).max(10_000),
    acceptedAt: instant,
  }),
});
export type SheetAcceptedData = z.output<typeof SheetAccepted.schema>;
