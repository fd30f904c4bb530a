import { z } from 'zod';
import { WorkerIdSchema } from '../../identity/worker-id.ts';
import { EntrantTrackSchema } from '../../values/competition-values.ts';
import { OccupationCodeSchema } from '../../values/occupation-code.ts';
import { text } from '../../values/text.ts';
import { CertifiedLevelSchema } from '../assessment/fields.ts';
import { PromotionAwarded } from './promotion-events.ts';

/** Field schemas the competition events share. */
export const competitionId = z.string().min(1).max(100);
export const contestEventId = z.string().min(1).max(100);
export const entrantId = z.string().min(1).max(100);

/** Which entrant of which contest event an event is about, and the worker behind it. */
export const entrantFields = { competitionId, contestEventId, entrantId, workerId: WorkerIdSchema };
export const instant = z.iso.datetime({ offset: true });
export const competitionYear = z.number().int().min(2000).max(2099);

/** The registered body a competition's certificates are issued in the name of, as PromotionAwarded carries it. */
export const IssuingBodySchema = PromotionAwarded.schema.shape.issuingBody;

/**
 * A contest event (项目) of a competition: one occupation and 工种, the level its promotion rules
 * aim at when they defer to the contest notice, individual (teamSize 1) or teams, one track.
 * A contest with both tracks is registered as two contest events.
 */
export const ContestEventPlanSchema = z.object({
  contestEventId,
  name: text({ max: 200 }),
  occupationCode: OccupationCodeSchema,
  workType: text({ max: 100 }),
  level: CertifiedLevelSchema,
  teamSize: z.number().int().min(1).max(10),
  track: EntrantTrackSchema,
});

export type ContestEventPlan = z.output<typeof ContestEventPlanSchema>;
export type IssuingBody = z.output<typeof IssuingBodySchema>;
