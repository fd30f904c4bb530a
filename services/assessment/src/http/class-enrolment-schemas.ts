import { ClassIdSchema, ReasonSchema, WorkerIdSchema } from '@tianfu/contracts';
import { z } from 'zod';
import { CandidateBackgroundSchema } from './session-schemas.ts';

/** A completer's background as any candidate declares it (one schema, docs/domain.md §2.3). */
const DeclaredCompleterSchema = z.strictObject({
  workerId: WorkerIdSchema,
  background: CandidateBackgroundSchema,
  overrideReason: ReasonSchema.optional(),
});

/** The class whose completers to enrol, and what the body declares of any of them (docs/domain.md §7.5). */
export const EnrolFromClassSchema = z.strictObject({
  classId: ClassIdSchema,
  declared: z
    .array(DeclaredCompleterSchema)
    // A class takes at most 1,000 trainees (docs/domain.md §7.1).
    .max(1_000)
    .refine((all) => new Set(all.map((d) => d.workerId)).size === all.length, 'each worker declared once')
    .default([]),
});

export const ClassEnrolmentViewSchema = z.object({
  sessionId: z.string(),
  classId: z.string(),
  /** How many completers this call enrolled: 0 when they all were candidates already. */
  added: z.number().int(),
  candidates: z.array(z.object({ workerId: z.string(), candidateId: z.string() })),
  revision: z.number().int(),
});
