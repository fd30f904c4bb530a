import { z } from 'zod';
import { chinaDate } from '../../identity/calendar-date.ts';
import { SealedNameSchema } from '../../identity/sealed-name.ts';
import { WorkerIdSchema } from '../../identity/worker-id.ts';
import { BodyFilingNoSchema } from '../../values/certificate-number/index.ts';
import { CompetitionTierSchema, EntrantTrackSchema, MedalSchema } from '../../values/competition-values.ts';
import { OccupationCodeSchema } from '../../values/occupation-code.ts';
import { text } from '../../values/text.ts';
import { CertifiedLevelSchema } from '../assessment/fields.ts';
import { defineEvent } from '../event-definition.ts';

const promotionV1 = z.object({
  competitionId: z.string().min(1).max(100),
  competitionName: text({ max: 200 }),
  tier: CompetitionTierSchema,
  year: z.number().int().min(2000).max(2099),
  /** The contest event (项目) the result is in. */
  contestEventId: z.string().min(1).max(100),
  entrantId: z.string().min(1).max(100),
  workerId: WorkerIdSchema,
  holderName: SealedNameSchema.nullable(),
  track: EntrantTrackSchema,
  rank: z.number().int().min(1).max(100_000).nullable(),
  medal: MedalSchema.nullable(),
  occupationCode: OccupationCodeSchema,
  workType: text({ max: 100 }),
  /** The level held before, when the rule went one up from it. */
  fromLevel: CertifiedLevelSchema.nullable(),
  level: CertifiedLevelSchema,
  ruleId: z.string().min(1).max(100),
  issuingBody: z.object({
    bodyId: z.string().min(1).max(100),
    filingNo: BodyFilingNoSchema,
    bodyName: text({ max: 200 }),
  }),
  /** When the organiser recorded the confirmation. */
  confirmedAt: z.iso.datetime({ offset: true }),
});

/** Version 1 carried only the instant the confirmation was recorded. */
export const PromotionAwardedV1 = defineEvent({
  type: 'competition.PromotionAwarded',
  schemaVersion: 1,
  schema: promotionV1,
});

/**
 * One entrant promoted by a confirmed (核准) result: "to level L, or one level up if already at L",
 * never above 高级技师 (docs/domain.md §4.1). The competition service decides the level by its rule
 * data; certification issues the certificate in the named body's name ("a registered body then
 * issues the certificate"), dated `confirmedOn`. Kafka key: workerId. The holder's name travels
 * sealed under the worker key. Version 2 adds `confirmedOn`, the day (China) of the 核准 in the
 * world, which may precede the day it was recorded; a version 1 event's is the day it was recorded.
 */
export const PromotionAwarded = defineEvent({
  type: 'competition.PromotionAwarded',
  schemaVersion: 2,
  schema: promotionV1.extend({ confirmedOn: z.iso.date() }),
  upcast: (v1: z.output<typeof promotionV1>) => ({ ...v1, confirmedOn: chinaDate(v1.confirmedAt) }),
});
export type PromotionAwardedData = z.output<typeof PromotionAwarded.schema>;
