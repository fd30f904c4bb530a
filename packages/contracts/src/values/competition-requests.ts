import { z } from 'zod';
import { IdDocumentSchema } from '../identity/id-document.ts';
import { BodyFilingNoSchema } from './certificate-number/index.ts';
import { CertifiedLevelSchema } from './certified-level.ts';
import { CompetitionTierSchema, ContestResultSchema, EntrantTrackSchema } from './competition-values.ts';
import { OccupationCodeSchema } from './occupation-code.ts';
import { PersonNameSchema, ReasonSchema, text } from './text.ts';

// The organiser's requests to the competition service, as its routes and the console's forms check them.

/** The organiser's own ids: a competition, a contest event, an entrant (参赛编号), a team, a body. */
export const CompetitionRecordIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/, 'letters, digits, - and _; at most 100');
const id = CompetitionRecordIdSchema;

/** A contest event (项目) as the organiser registers it; workType `--` when it has no 工种 (docs/domain.md §3.1). */
export const NewContestEventSchema = z.strictObject({
  contestEventId: id,
  name: text({ max: 200 }),
  occupationCode: OccupationCodeSchema,
  workType: text({ max: 100 }).default('--'),
  level: CertifiedLevelSchema,
  teamSize: z.number().int().min(1).max(10).default(1),
  track: EntrantTrackSchema,
});

/**
 * A competition's registration. `ruleSetId` null takes the tier's default rule set; the service
 * knows which rule sets exist and narrows this field to them.
 */
export const RegisterCompetitionSchema = z.strictObject({
  competitionId: id,
  name: text({ max: 200 }),
  tier: CompetitionTierSchema,
  ruleSetId: id.nullable().default(null),
  year: z.number().int().min(2000).max(2099),
  // The issuer is named as the authority registered it; a filing number or name sent along must match.
  issuingBody: z.strictObject({
    bodyId: id,
    filingNo: BodyFilingNoSchema.optional(),
    bodyName: text({ max: 200 }).optional(),
  }),
  contestEvents: z.array(NewContestEventSchema).min(1).max(200),
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
/** A result as the organiser sends it: whatever it leaves out is null. */
export const EntrantResultSchema = z.strictObject({
  entrantId: id,
  rank: rank.default(null),
  score: score.default(null),
  medal: medal.default(null),
  prize: prize.default(null),
});

export const PublishResultsSchema = z.strictObject({
  contestEventId: id,
  results: z.array(EntrantResultSchema).min(1).max(5_000),
});

export const CorrectResultSchema = EntrantResultSchema.extend({ reason: ReasonSchema });

export const ConfirmResultsSchema = z.strictObject({
  contestEventId: id,
  /** The day of the 核准 (China), when it was decided before it is recorded here; today by default. */
  confirmedOn: z.iso.date('confirmedOn: a date YYYY-MM-DD').optional(),
});

/** A token's subject: what the authority's grants name an organiser by. */
export const OrganiserIdSchema = z.string().regex(/^[\w.@:-]{1,200}$/, 'letters, digits and . @ : - _; at most 200');

/** The tiers an organiser may promote at through one body (docs/domain.md §4.1); none withdraws the grant. */
export const OrganiserGrantSchema = z.strictObject({
  tiers: z.array(CompetitionTierSchema).max(CompetitionTierSchema.options.length),
  reason: ReasonSchema,
});

export type RegisterCompetitionRequest = z.input<typeof RegisterCompetitionSchema>;
export type RegisterEntrantRequest = z.input<typeof RegisterEntrantSchema>;
export type PublishResultsRequest = z.input<typeof PublishResultsSchema>;
export type CorrectResultRequest = z.input<typeof CorrectResultSchema>;
