import {
  BodyFilingNoSchema,
  IdDocumentSchema,
  OccupationCodeSchema,
  PersonNameSchema,
  text,
  UnifiedSocialCreditCodeSchema,
} from '@tianfu/contracts';
import { z } from 'zod';

const name = PersonNameSchema;
const workType = text({ max: 100 }).default('--');
const date = z.iso.date('a date YYYY-MM-DD');
const body = z.object({
  bodyId: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/, 'a body id: letters, digits, _ and -, at most 100'),
  filingNo: BodyFilingNoSchema,
  bodyName: text({ max: 200 }),
});

/** 直接认定 by the certificate office, with its evidence. */
export const DirectRecognitionSchema = z.object({
  recognitionId: text({ max: 100 }),
  document: IdDocumentSchema,
  name,
  body,
  occupationCode: OccupationCodeSchema,
  workType,
  level: z.enum(['level5', 'level4', 'level3', 'level2', 'level1', 'principal-technician'], {
    error: 'level is level5 (五级) … level1 (一级) or principal-technician (特级技师)',
  }),
  evidence: z.object({
    yearsInOccupation: z.number().min(0).max(60),
    employer: z.object({
      name: text({ max: 200 }),
      creditCode: UnifiedSocialCreditCodeSchema.nullable().default(null),
    }),
    panel: z.object({
      decision: z.enum(['approved', 'rejected']),
      decidedOn: date,
      documentNo: text({ max: 100 }),
    }),
    heldLevel: z.enum(['level5', 'level4', 'level3', 'level2', 'level1']).nullable().default(null),
  }),
});

export const MAX_LEGACY_ROWS = 1_000;

/** Old 职业资格证书 imported so the ladder sees a worker's past. */
export const LegacyImportSchema = z.object({
  items: z
    .array(
      z.object({
        certificateNo: text({ min: 13, max: 22 }),
        document: IdDocumentSchema,
        name,
        occupationCode: OccupationCodeSchema,
        workType,
        level: z.enum(['level5', 'level4', 'level3', 'level2', 'level1']),
        issuedOn: date,
        issuerName: text({ max: 200 }),
      }),
    )
    .min(1)
    .max(MAX_LEGACY_ROWS, `at most ${MAX_LEGACY_ROWS} certificates per request`),
});

export const LegacyImportAnswerSchema = z.object({
  items: z.array(
    z.object({
      row: z.number(),
      certificateNo: z.string(),
      outcome: z.enum(['imported', 'already-imported', 'held-by-another-worker']),
    }),
  ),
});
