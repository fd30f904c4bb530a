import { z } from 'zod';

const result = {
  rank: z.number().nullable(),
  score: z.number().nullable(),
  medal: z.string().nullable(),
  prize: z.string().nullable(),
};
const ResultViewSchema = z.object({ entrantId: z.string(), ...result });

/** An entrant as the organiser sees it: the ID number only masked (docs/architecture.md). */
export const EntrantViewSchema = z.object({
  entrantId: z.string(),
  workerId: z.string(),
  name: z.string().nullable(),
  maskedIdNumber: z.string().nullable(),
  track: z.string(),
  heldLevel: z.string().nullable(),
  teamId: z.string().nullable(),
});

export const ContestEventViewSchema = z.object({
  contestEventId: z.string(),
  name: z.string(),
  occupationCode: z.string(),
  workType: z.string(),
  level: z.string(),
  teamSize: z.number(),
  track: z.string(),
  status: z.enum(['open', 'published', 'confirmed']),
  entrants: z.array(EntrantViewSchema),
  results: z.array(ResultViewSchema).nullable(),
  corrections: z.array(
    z.object({
      entrantId: z.string(),
      previous: z.object(result),
      corrected: z.object(result),
      reason: z.string(),
      correctedBy: z.string(),
      correctedAt: z.string(),
    }),
  ),
  confirmedAt: z.string().nullable(),
  promotions: z.array(
    z.object({
      entrantId: z.string(),
      workerId: z.string(),
      fromLevel: z.string().nullable(),
      level: z.string(),
      ruleId: z.string(),
    }),
  ),
  honours: z.array(z.object({ entrantId: z.string(), workerId: z.string(), honour: z.string(), ruleId: z.string() })),
  capped: z.array(z.object({ entrantId: z.string(), workerId: z.string(), ruleId: z.string() })),
});

export const CompetitionViewSchema = z.object({
  competitionId: z.string(),
  name: z.string(),
  tier: z.string(),
  ruleSet: z.object({
    ruleSetId: z.string(),
    title: z.string(),
    source: z.string(),
    unconfirmed: z.boolean(),
    onePromotionPerYear: z.boolean(),
  }),
  year: z.number(),
  organiser: z.string(),
  issuingBody: z.object({ bodyId: z.string(), filingNo: z.string(), bodyName: z.string() }),
  registeredAt: z.string(),
  revision: z.number(),
  contestEvents: z.array(ContestEventViewSchema),
});

/** The organiser's list: each competition with where its contest events stand, no one's name. */
export const CompetitionListSchema = z.object({
  items: z.array(
    CompetitionViewSchema.pick({
      competitionId: true,
      name: true,
      tier: true,
      year: true,
      organiser: true,
      issuingBody: true,
      registeredAt: true,
    }).extend({
      contestEvents: z.array(
        z.object({
          contestEventId: z.string(),
          name: z.string(),
          status: z.enum(['open', 'published', 'confirmed']),
          entrants: z.number(),
          promotions: z.number(),
        }),
      ),
    }),
  ),
});
