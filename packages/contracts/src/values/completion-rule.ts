import { z } from 'zod';
import { text } from './text.ts';
import { TrainingKindSchema } from './training/class-values.ts';

/**
 * One dated rule of the attendance share a trainee needs to complete a class of some kinds
 * (docs/domain.md §7.5): rule data with its source and clause, never a constant in code.
 * `confirmed: false` marks a figure not yet checked against the primary text (⚠).
 */
export const CompletionRuleSchema = z
  .object({
    ruleId: z.string().min(1).max(100),
    kinds: z.array(TrainingKindSchema).min(1),
    /** Attended hours ÷ the class's hours, at least this (0–1]. */
    minAttendanceShare: z.number().gt(0).max(1),
    effectiveFrom: z.iso.date(),
    /** The last day in force; null while in force. */
    effectiveTo: z.iso.date().nullable(),
    region: z.string().regex(/^\d{6}$/, 'region code must be 6 digits (GB/T 2260)'),
    source: text({ max: 300 }),
    clause: text({ max: 200 }),
    confirmed: z.boolean(),
  })
  .refine((r) => r.effectiveTo === null || r.effectiveTo >= r.effectiveFrom, {
    message: 'effectiveTo is on or after effectiveFrom',
    path: ['effectiveTo'],
  });
export type CompletionRule = z.output<typeof CompletionRuleSchema>;

export const CompletionRulesSchema = z.array(CompletionRuleSchema).min(1);

/** The rule a completion applied, as its event carries it, so the decision can be replayed. */
export const AppliedCompletionRuleSchema = z.object({
  ruleId: z.string().min(1).max(100),
  minAttendanceShare: z.number().gt(0).max(1),
  effectiveFrom: z.iso.date(),
  source: text({ max: 300 }),
  clause: text({ max: 200 }),
  confirmed: z.boolean(),
});
export type AppliedCompletionRule = z.output<typeof AppliedCompletionRuleSchema>;
