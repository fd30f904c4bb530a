import { z } from 'zod';
import { chinaDate } from '../../identity/calendar-date.ts';
import { SealedNameSchema } from '../../identity/sealed-name.ts';
import { WorkerIdSchema } from '../../identity/worker-id.ts';
import { CompetitionTierSchema } from '../../values/competition-values.ts';
import { type HonourCode, honourCatalogue } from '../../values/honour.ts';
import { text } from '../../values/text.ts';
import { defineEvent } from '../event-definition.ts';
import { competitionId, competitionYear, contestEventId, entrantId, instant } from './competition-fields.ts';

/** Titles a confirmed competition result can confer: the catalogue's honours with a competition channel (docs/domain.md §4.2). */
export const competitionHonours = honourCatalogue
  .filter((h) => h.channel === 'competition' || h.channel === 'selection-or-competition')
  .map((h) => h.code) as [HonourCode, ...HonourCode[]];

export const CompetitionHonourSchema = z.enum(competitionHonours, {
  error: `honour must be one of ${competitionHonours.join(', ')}`,
});
export type CompetitionHonour = z.output<typeof CompetitionHonourSchema>;

const earnedV1 = z.object({
  competitionId,
  competitionName: text({ max: 200 }),
  tier: CompetitionTierSchema,
  year: competitionYear,
  contestEventId,
  entrantId,
  workerId: WorkerIdSchema,
  holderName: SealedNameSchema.nullable(),
  honour: CompetitionHonourSchema,
  ruleId: z.string().min(1).max(100),
  confirmedAt: instant,
});

/** Version 1 carried only the instant the confirmation was recorded. */
export const HonourEarnedV1 = defineEvent({ type: 'competition.HonourEarned', schemaVersion: 1, schema: earnedV1 });

/**
 * A title earned by a confirmed result, for the talent registry to record: one per worker, honour
 * and competition (once per round). Kafka key: workerId; the name travels sealed. Version 2 adds
 * `confirmedOn` as PromotionAwarded does.
 */
export const HonourEarned = defineEvent({
  type: 'competition.HonourEarned',
  schemaVersion: 2,
  schema: earnedV1.extend({ confirmedOn: z.iso.date() }),
  upcast: (v1: z.output<typeof earnedV1>) => ({ ...v1, confirmedOn: chinaDate(v1.confirmedAt) }),
});
export type HonourEarnedData = z.output<typeof HonourEarned.schema>;
