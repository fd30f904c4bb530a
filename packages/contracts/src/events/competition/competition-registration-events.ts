import { z } from 'zod';
import { SealedNameSchema } from '../../identity/sealed-name.ts';
import { CompetitionTierSchema, EntrantTrackSchema } from '../../values/competition-values.ts';
import { text } from '../../values/text.ts';
import { CertifiedLevelSchema } from '../assessment/fields.ts';
import { defineEvent } from '../event-definition.ts';
import {
  ContestEventPlanSchema,
  competitionId,
  competitionYear,
  entrantFields,
  IssuingBodySchema,
  instant,
} from './competition-fields.ts';

/**
 * A competition (docs/domain.md §4.1) with its contest events, the promotion rule set it runs under,
 * its organiser (the competition-organiser token's subject) and the body that issues its certificates.
 */
export const CompetitionRegistered = defineEvent({
  type: 'competition.CompetitionRegistered',
  schemaVersion: 1,
  schema: z.object({
    competitionId,
    name: text({ max: 200 }),
    tier: CompetitionTierSchema,
    ruleSetId: z.string().min(1).max(100),
    year: competitionYear,
    organiser: text({ max: 200 }),
    issuingBody: IssuingBodySchema,
    contestEvents: z.array(ContestEventPlanSchema).min(1).max(200),
    registeredAt: instant,
  }),
});
export type CompetitionRegisteredData = z.output<typeof CompetitionRegistered.schema>;

/**
 * A worker entered in a contest event: the workerId and the name sealed under the worker's key,
 * never the ID number (docs/architecture.md). `heldLevel` is the level held in the occupation when
 * entered: the higher of the declared one and what the platform's certificates show. Kafka key: workerId.
 */
export const EntrantRegistered = defineEvent({
  type: 'competition.EntrantRegistered',
  schemaVersion: 1,
  schema: z.object({
    ...entrantFields,
    holderName: SealedNameSchema,
    track: EntrantTrackSchema,
    heldLevel: CertifiedLevelSchema.nullable(),
    teamId: z.string().min(1).max(100).nullable(),
    registeredAt: instant,
  }),
});
export type EntrantRegisteredData = z.output<typeof EntrantRegistered.schema>;
