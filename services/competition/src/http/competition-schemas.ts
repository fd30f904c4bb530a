import {
  BodyFilingNoSchema,
  CertifiedLevelSchema,
  CompetitionTierSchema,
  ContestResultSchema,
  EntrantTrackSchema,
  IdDocumentSchema,
  OccupationCodeSchema,
  PersonNameSchema,
  ReasonSchema,
  text,
} from '@tianfu/contracts';
import { z } from 'zod';
import { ruleSetIds } from '../application/rule-set-terms.ts';

const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/, 'letters, digits, - and _; at most 100');

export const CompetitionParamsSchema = z.object({ competitionId: id });
export const ContestEventParamsSchema = CompetitionParamsSchema.extend({ contestEventId: id });

export const RegisterCompetitionSchema = z.strictObject({
  competitionId: id,
  name: text({ max: 200 }),
  tier: CompetitionTierSchema,
  ruleSetId: z
    .enum(ruleSetIds, { error: `ruleSetId is one of ${ruleSetIds.join(', ')}` })
    .nullable()
    .default(null),
  year: z.number().int().min(2000).max(2099),
  // The issuer is named as the authority registered it; a filing number or name sent along must match.
  issuingBody: z.strictObject({
    bodyId: id,
    filingNo: BodyFilingNoSchema.optional(),
    bodyName: text({ max: 200 }).optional(),
  }),
  contestEvents: z
    .array(
      z.strictObject({
        contestEventId: id,
        name: text({ max: 200 }),
        occupationCode: OccupationCodeSchema,
        // 工种/职业方向; `--` when none (docs/domain.md §3.1).
        workType: text({ max: 100 }).default('--'),
        level: CertifiedLevelSchema,
        teamSize: z.number().int().min(1).max(10).default(1),
        track: EntrantTrackSchema,
      }),
    )
    .min(1)
    .max(200),
});

export const RegisterEntrantSchema = z.strictObject({
  contestEventId: id,
  // 参赛编号, the organiser's own.
  entrantId: id,
  document: IdDocumentSchema,
  name: PersonNameSchema,
  track: EntrantTrackSchema.nullable().default(null),
  heldLevel: CertifiedLevelSchema.nullable().default(null),
  teamId: id.nullable().default(null),
});

const { rank, score, medal, prize } = ContestResultSchema.shape;
const ResultSchema = z.strictObject({
  rank: rank.default(null),
  score: score.default(null),
  medal: medal.default(null),
  prize: prize.default(null),
});

export const PublishResultsSchema = z.strictObject({
  contestEventId: id,
  results: z
    .array(ResultSchema.extend({ entrantId: id }))
    .min(1)
    .max(5_000),
});

export const CorrectResultSchema = ResultSchema.extend({
  entrantId: id,
  reason: ReasonSchema,
});

export const ConfirmSchema = z.strictObject({
  contestEventId: id,
  /** The day of the 核准 (China), when it was decided before it is recorded here; today by default. */
  confirmedOn: z.iso.date('confirmedOn: a date YYYY-MM-DD').optional(),
});

/** A token's subject: what the authority grants names the organiser by. */
const organiserId = z.string().regex(/^[\w.@:-]{1,200}$/, 'letters, digits and . @ : - _; at most 200');
export const OrganiserParamsSchema = z.object({ organiserId });
export const GrantParamsSchema = OrganiserParamsSchema.extend({ bodyId: id });
export const SetGrantSchema = z.strictObject({
  tiers: z.array(CompetitionTierSchema).max(CompetitionTierSchema.options.length),
  reason: ReasonSchema,
});
