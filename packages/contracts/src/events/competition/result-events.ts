import { z } from 'zod';
import { WorkerIdSchema } from '../../identity/worker-id.ts';
import { ContestResultSchema } from '../../values/competition-values.ts';
import { ReasonSchema, text } from '../../values/text.ts';
import { defineEvent } from '../event-definition.ts';
import { competitionId, contestEventId, entrantFields, entrantId, instant } from './competition-fields.ts';

/** A contest event's results, published once; later changes are ResultCorrected events. */
export const ResultsPublished = defineEvent({
  type: 'competition.ResultsPublished',
  schemaVersion: 1,
  schema: z.object({
    competitionId,
    contestEventId,
    results: z
      .array(ContestResultSchema.extend({ entrantId, workerId: WorkerIdSchema }))
      .min(1)
      .max(5_000),
    publishedAt: instant,
  }),
});
export type ResultsPublishedData = z.output<typeof ResultsPublished.schema>;

/** One result corrected before confirmation (核准), with the reason: the audit trail. Kafka key: workerId. */
export const ResultCorrected = defineEvent({
  type: 'competition.ResultCorrected',
  schemaVersion: 1,
  schema: z.object({
    ...entrantFields,
    previous: ContestResultSchema,
    corrected: ContestResultSchema,
    reason: ReasonSchema,
    correctedBy: text({ max: 200 }),
    correctedAt: instant,
  }),
});
export type ResultCorrectedData = z.output<typeof ResultCorrected.schema>;

/**
 * A contest event's results confirmed (核准): final. The same commit carries its PromotionAwarded
 * and HonourEarned events; `capped` names the entrants a one-promotion-per-year cap held back.
 */
export const ContestEventConfirmed = defineEvent({
  type: 'competition.ContestEventConfirmed',
  schemaVersion: 1,
  schema: z.object({
    competitionId,
    contestEventId,
    promotions: z.number().int().min(0),
    honours: z.number().int().min(0),
    capped: z.array(z.object({ entrantId, workerId: WorkerIdSchema, ruleId: z.string().min(1).max(100) })).max(5_000),
    confirmedAt: instant,
  }),
});
export type ContestEventConfirmedData = z.output<typeof ContestEventConfirmed.schema>;
