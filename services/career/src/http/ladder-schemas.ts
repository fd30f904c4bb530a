import {
  AppointedPostSchema,
  CertifiedLevelSchema,
  HonourCodeSchema,
  IdTypeSchema,
  MedalSchema,
  SkillLevelKeySchema,
} from '@tianfu/contracts';
import { z } from 'zod';

import { list } from './answer-lists.ts';

/** The worker a per-worker read names. */
export const WorkerParamsSchema = z.object({
  workerId: z.string().regex(/^[0-9a-f]{64}$/, 'a workerId: 64 hex digits'),
});

const date = z.string().meta({ description: 'YYYY-MM-DD' });
const basis = z.enum(['exam', 'competition', 'direct-recognition', 'appointment', 'legacy', 'apprenticeship']).meta({
  description:
    'Where the step came from. The list grows as new sources feed the ladder (apprenticeship came with training): show a basis you do not know by its code.',
});

const StepSourceSchema = z.object({
  basis,
  reference: z.string(),
  certificateNo: z.string().nullable(),
  date,
  droppedOn: date.nullable(),
});

const LadderStepSchema = StepSourceSchema.extend({
  level: SkillLevelKeySchema,
  label: z.string().meta({ description: 'e.g. 三级/高级工' }),
  sources: list(StepSourceSchema),
});

const NextStepSchema = z.object({
  level: CertifiedLevelSchema,
  label: z.string(),
  earliestEligibleOn: date.nullable(),
  eligibleNow: z.boolean(),
  rule: z
    .object({
      template: z.enum(['A', 'B']),
      standardVersion: z.string(),
      level: CertifiedLevelSchema,
      ruleId: z.string(),
      text: z.string(),
      counts: list(
        z.object({
          occupationCode: z.string(),
          level: CertifiedLevelSchema,
          date,
          certificateNo: z.string().nullable(),
        }),
      ),
    })
    .nullable(),
  needsDeclaredEvidence: list(z.object({ ruleId: z.string(), text: z.string(), needs: list(z.string()) })),
  reasonCode: z
    .enum(['occupation-retired', 'no-standard-in-force', 'no-dated-route'])
    .nullable()
    .meta({ description: 'why there is no rule, for a page to word in its language; reason says it in English' }),
  reason: z.string().nullable(),
});

/** A worker's ladder as the route answers it: occupations named, medals with their competition, the name masked. */
export const LadderAnswerSchema = z.object({
  workerId: z.string(),
  asOf: date,
  occupations: list(
    z.object({
      occupationCode: z.string(),
      occupationName: z.string().nullable(),
      steps: list(LadderStepSchema),
      current: SkillLevelKeySchema.nullable(),
      next: NextStepSchema.nullable(),
    }),
  ),
  highest: z.object({ level: SkillLevelKeySchema, occupationCode: z.string() }).nullable(),
  highSkill: z.boolean(),
  honours: list(z.object({ honour: HonourCodeSchema, name: z.string(), round: z.string(), date })),
  appointments: list(
    z.object({
      post: AppointedPostSchema,
      occupationCode: z.string(),
      employerName: z.string(),
      since: date,
      termEnd: date.nullable(),
    }),
  ),
  medals: list(
    z.object({
      competitionId: z.string(),
      contestEventId: z.string(),
      medal: MedalSchema,
      rank: z.number().int().nullable(),
      date,
      competitionName: z.string().nullable(),
    }),
  ),
  maskedName: z.string().nullable().meta({ description: 'null once the worker’s personal data is erased' }),
});

/** The worker an ID document names: the pseudonymous id and the masked number, never the number. */
export const WorkerLookupAnswerSchema = z.object({
  workerId: z.string(),
  idType: IdTypeSchema,
  maskedIdNumber: z.string(),
});
