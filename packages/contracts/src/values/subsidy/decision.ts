import { z } from 'zod';
import { WorkerIdSchema } from '../../identity/worker-id-schema.ts';
import { text } from '../text.ts';
import { FenSchema } from './amounts.ts';
import { RuleSetRefSchema, SubsidyRegionSchema } from './rule-set.ts';
import { RuleValuesSchema } from './rule-values.ts';
import { SubsidyClauseSchema } from './subsidy-clause.ts';
import { SubsidyKindSchema } from './subsidy-kind.ts';

/** Every rule a subsidy claim is checked against (docs/domain.md §7.8). */
export const checkRules = [
  'rule-set-in-force',
  'certificate-holder',
  'certificate-valid',
  'claim-window',
  'insured-long-enough',
  'amount',
  'shortage-uplift',
  'yearly-cap-kind',
  'yearly-cap-total',
  'same-level-once',
  'higher-level-blocks-lower',
  'training-completed',
  'apprenticeship-year',
  'apprentice-year-once',
  'apprentice-exclusion',
  'target-group',
] as const;
export const CheckRuleSchema = z.enum(checkRules);
export type CheckRule = z.output<typeof CheckRuleSchema>;

/**
 * How one rule came out: passed; failed (the claim is rejected); referred (the platform cannot
 * tell, a person decides, e.g. the insurance status is not known); not checked (no rule set).
 */
export const CheckStatusSchema = z.enum(['passed', 'failed', 'referred', 'not-checked']);
export type CheckStatus = z.output<typeof CheckStatusSchema>;

const day = z.iso.date();

export const RuleCheckSchema = z.object({
  rule: CheckRuleSchema,
  status: CheckStatusSchema,
  /** The clause the rule comes from; null only when no rule set is in force to cite. */
  clause: SubsidyClauseSchema.nullable(),
  /** False when the clause's figure is not checked against the primary text (⚠). */
  confirmed: z.boolean(),
  /** In plain words (English): what was checked against what, and why it failed. */
  explanation: text({ max: 500 }),
  /**
   * The same, machine-readable: the figures compared, for a reader to word in any language.
   * Absent on decisions recorded before it was added: event schemas are forever.
   */
  values: RuleValuesSchema.optional(),
  /** For a failed rule: the first day the claimant could claim instead, where that is knowable. */
  claimableFrom: day.nullable(),
});
export type RuleCheck = z.output<typeof RuleCheckSchema>;

export const OutcomeSchema = z.enum(['approved', 'rejected', 'referred']);
export type Outcome = z.output<typeof OutcomeSchema>;

/** The 急需紧缺 list that names an occupation on a day. */
export const ShortageMatchSchema = z.object({
  listId: z.string().min(1).max(64),
  region: SubsidyRegionSchema,
  clause: SubsidyClauseSchema,
  confirmed: z.boolean(),
});
export type ShortageMatch = z.output<typeof ShortageMatchSchema>;

/**
 * The automatic 审核 of a claim (docs/domain.md §7.8), as an event carries it so it can be shown
 * and replayed: the outcome, the amount, the rule set and version used and every rule checked.
 */
export const SubsidyDecisionSchema = z.object({
  outcome: OutcomeSchema,
  kind: SubsidyKindSchema,
  workerId: WorkerIdSchema,
  certificateNo: z.string().min(1).max(40).nullable(),
  claimedOn: day,
  /** The date the rule set says the claim is judged on; null when no rule set is in force. */
  judgedOn: day.nullable(),
  /** The calendar year the claim counts in: that of its claim date. */
  countsInYear: z.number().int().min(2000).max(2100),
  ruleSet: RuleSetRefSchema.extend({ region: SubsidyRegionSchema }).nullable(),
  /** In fen, 急需紧缺 uplift applied; null when rejected or when a person must set it. */
  amountFen: FenSchema.nullable(),
  /** 新型学徒制补贴: the part advanced before settlement; null otherwise. */
  advanceFen: FenSchema.nullable(),
  /** The 急需紧缺 list naming the occupation on the judged date, if any. */
  shortage: ShortageMatchSchema.nullable(),
  checks: z.array(RuleCheckSchema).min(1).max(checkRules.length),
});
export type SubsidyDecision = z.output<typeof SubsidyDecisionSchema>;
