import { z } from 'zod';
import { SichuanRegionCodeSchema } from '../region-code.ts';
import { text } from '../text.ts';
import { UnifiedSocialCreditCodeSchema } from '../unified-social-credit-code.ts';

/** An apprenticeship agreement's id (学徒培养协议编号): the route, the form and the event. */
export const ApprenticeshipIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'letters, digits, _ and -, at most 64 characters');

/**
 * The enterprise that employs the apprentice under a labour contract (docs/domain.md §7.6): its
 * name, 统一社会信用代码 (check character verified) and 市(州).
 */
export const EmployerSchema = z.strictObject({
  name: text({ max: 200 }),
  creditCode: UnifiedSocialCreditCodeSchema,
  regionCode: SichuanRegionCodeSchema,
});
export type Employer = z.output<typeof EmployerSchema>;

/**
 * One dated rule of how long an apprenticeship may be planned to run (docs/domain.md §7.6): rule
 * data with its source and clause, never a constant in code; `confirmed: false` marks ⚠.
 */
export const ApprenticeshipDurationRuleSchema = z
  .object({
    ruleId: z.string().min(1).max(100),
    /** Planned end at least this many months after the start. */
    minMonths: z.number().int().min(1),
    /** The usual span; longer needs nothing more, but is shown as beyond it. */
    usualMaxMonths: z.number().int().min(1),
    /** Never longer than this. */
    maxMonths: z.number().int().min(1),
    effectiveFrom: z.iso.date(),
    effectiveTo: z.iso.date().nullable(),
    source: text({ max: 300 }),
    clause: text({ max: 200 }),
    confirmed: z.boolean(),
  })
  .refine((r) => r.minMonths <= r.usualMaxMonths && r.usualMaxMonths <= r.maxMonths, {
    message: 'minMonths ≤ usualMaxMonths ≤ maxMonths',
    path: ['maxMonths'],
  });
export type ApprenticeshipDurationRule = z.output<typeof ApprenticeshipDurationRuleSchema>;

/** The rule an agreement was judged by, as its event carries it, so the decision can be replayed. */
export const AppliedDurationRuleSchema = z.object({
  ruleId: z.string().min(1).max(100),
  minMonths: z.number().int().min(1),
  maxMonths: z.number().int().min(1),
  source: text({ max: 300 }),
  clause: text({ max: 200 }),
  confirmed: z.boolean(),
});
export type AppliedDurationRule = z.output<typeof AppliedDurationRuleSchema>;

/**
 * Why an agreement was terminated (解除) before completion (docs/domain.md §7.6): a code the record
 * can show, beside the free-text reason that stays with training. The list is ours ⚠.
 */
export const terminationReasonCodes = [
  /** 劳动合同解除或终止 */
  'labour-contract-ended',
  /** 学徒本人退出 */
  'apprentice-withdrew',
  /** 企业退出 (停产、破产、经营原因) */
  'employer-withdrew',
  /** 培训机构退出 */
  'provider-withdrew',
  /** 考核不合格 */
  'assessment-failed',
  'other',
] as const;
export const TerminationReasonCodeSchema = z.enum(terminationReasonCodes, {
  error: `reasonCode must be one of ${terminationReasonCodes.join(', ')}`,
});
export type TerminationReasonCode = z.output<typeof TerminationReasonCodeSchema>;
