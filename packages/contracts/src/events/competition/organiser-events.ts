import { z } from 'zod';
import { CompetitionTierSchema } from '../../values/competition-values.ts';
import { ReasonSchema } from '../../values/text.ts';
import { defineEvent } from '../event-definition.ts';
import { instant } from './competition-fields.ts';

/**
 * The authority (人社厅) let a competition organiser (the competition-organiser token's subject)
 * register competitions whose certificates a body issues, at these tiers; an empty list withdraws
 * the grant. Each grant of the same organiser and body replaces the one before. Kafka key: streamId.
 */
export const OrganiserGrantSet = defineEvent({
  type: 'competition.OrganiserGrantSet',
  schemaVersion: 1,
  schema: z.object({
    organiserId: z.string().min(1).max(200),
    bodyId: z.string().min(1).max(100),
    tiers: z.array(CompetitionTierSchema).max(CompetitionTierSchema.options.length),
    reason: ReasonSchema,
    setAt: instant,
  }),
});
export type OrganiserGrantSetData = z.output<typeof OrganiserGrantSet.schema>;
