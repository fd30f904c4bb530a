import {
  CompetitionRecordIdSchema,
  OrganiserIdSchema,
  RegisterCompetitionSchema as RegistrationRequestSchema,
} from '@tianfu/contracts';
import { z } from 'zod';
import { ruleSetIds } from '../application/rule-set-terms.ts';

export {
  ConfirmResultsSchema as ConfirmSchema,
  CorrectResultSchema,
  OrganiserGrantSchema as SetGrantSchema,
  PublishResultsSchema,
  RegisterEntrantSchema,
} from '@tianfu/contracts';

const id = CompetitionRecordIdSchema;

export const CompetitionParamsSchema = z.object({ competitionId: id });
export const ContestEventParamsSchema = CompetitionParamsSchema.extend({ contestEventId: id });

/** The registration the console checks too, with the rule set narrowed to those this service knows. */
export const RegisterCompetitionSchema = RegistrationRequestSchema.extend({
  ruleSetId: z
    .enum(ruleSetIds, { error: `ruleSetId is one of ${ruleSetIds.join(', ')}` })
    .nullable()
    .default(null),
});

export const CompetitionListQuerySchema = z.object({
  year: z.coerce.number().int().min(2000, 'year from 2000').max(2099, 'year up to 2099').optional(),
});

export const OrganiserParamsSchema = z.object({ organiserId: OrganiserIdSchema });
export const GrantParamsSchema = OrganiserParamsSchema.extend({ bodyId: id });
