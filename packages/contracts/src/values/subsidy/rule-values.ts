import { z } from 'zod';
import { OccupationCodeSchema } from '../occupation-code.ts';
import { SkillLevelKeySchema } from '../skill-level.ts';
import { ApprenticeshipIdSchema } from '../training/apprenticeship-values.ts';
import { ClassIdSchema } from '../training/class-values.ts';
import { FenSchema } from './amounts.ts';
import { JudgedOnSchema, RuleSetIdSchema, SubsidyRegionSchema } from './rule-set.ts';
import { ShortageListSchema } from './shortage-list.ts';
import { SubsidyKindSchema } from './subsidy-kind.ts';

const day = z.iso.date();
const count = z.number().int().min(0).max(1000);

/** A claim already subsidised that a level rule found in the way. */
const PriorSubsidySchema = z.object({
  kind: SubsidyKindSchema,
  occupationCode: OccupationCodeSchema.nullable(),
  level: SkillLevelKeySchema.nullable(),
  countsInYear: z.number().int().min(2000).max(2100),
});

/** Why a rule on the training a claim rests on failed or was referred, where it has several reasons. */
export const RuleProblemSchema = z.enum([
  'no-class',
  'not-subsidised',
  'no-completion',
  'not-completed',
  'no-level',
  'other-occupation-or-level',
  'groups-unreadable',
  'no-group-matches',
  'no-apprenticeship',
  'past-planned-end',
  'ended-before-year',
  'year-not-begun',
  'terminated',
  'not-completed-yet',
  'not-the-aim',
  'already-claimed',
  'overlap',
]);

/**
 * The figures a rule compared, machine-readable (docs/domain.md §7.8), so a reader words the rule
 * in their own language: each check fills in those it read, and `stated: false` marks a rule its
 * rule set does not state (so it passed without comparing anything).
 */
export const RuleValuesSchema = z.strictObject({
  stated: z.boolean().optional(),
  kind: SubsidyKindSchema.optional(),
  /** The certificate the claim rests on; null when the claim names none. */
  certificateNo: z.string().min(1).max(40).nullable().optional(),
  certificateStatus: z.enum(['valid', 'suspended', 'revoked']).optional(),
  occupationCode: OccupationCodeSchema.optional(),
  level: SkillLevelKeySchema.optional(),
  claimedOn: day.optional(),
  judgedOn: day.optional(),
  issuedOn: day.optional(),
  windowMonths: count.optional(),
  windowLast: day.optional(),
  insurance: z.enum(['insured', 'not-insured', 'unknown']).optional(),
  insuredSince: day.optional(),
  lastInsuredUntil: day.nullable().optional(),
  insuredYears: z.number().min(0).max(50).optional(),
  insuredComplete: day.optional(),
  /** The levels the rule set pays for, when the claim's is not among them. */
  paidLevels: z.array(SkillLevelKeySchema).optional(),
  /** The amount before the 急需紧缺 uplift, and after it. */
  baseFen: FenSchema.optional(),
  amountFen: FenSchema.optional(),
  advanceFen: FenSchema.optional(),
  upliftPercent: z.number().min(0).max(1000).optional(),
  shortageListId: ShortageListSchema.shape.listId.optional(),
  /** A yearly cap: the claims allowed (the limit plus any 急需紧缺 extra), those counted, in which year. */
  limit: count.optional(),
  extraClaims: count.optional(),
  counted: count.optional(),
  countedForWorker: count.optional(),
  year: z.number().int().min(2000).max(2100).optional(),
  kinds: z.array(SubsidyKindSchema).optional(),
  prior: PriorSubsidySchema.optional(),
  ruleSetId: RuleSetIdSchema.optional(),
  version: z.number().int().min(1).optional(),
  region: SubsidyRegionSchema.optional(),
  effectiveFrom: day.optional(),
  effectiveTo: day.nullable().optional(),
  judgedBy: JudgedOnSchema.optional(),
  /** The class a 职业培训补贴 or 生活费补贴 rests on, and the day it was completed. */
  classId: ClassIdSchema.optional(),
  completedOn: day.optional(),
  /** The apprenticeship a 新型学徒制补贴 rests on: its agreement year and the stage paid. */
  apprenticeshipId: ApprenticeshipIdSchema.optional(),
  agreementYear: z.number().int().min(1).max(10).optional(),
  stage: z.enum(['advance', 'settlement']).optional(),
  /** The period of training a claim pays for, or the other claim's that overlaps it. */
  periodFrom: day.optional(),
  periodTo: day.optional(),
  problem: RuleProblemSchema.optional(),
});
export type RuleValues = z.output<typeof RuleValuesSchema>;
export type RuleProblem = z.output<typeof RuleProblemSchema>;
