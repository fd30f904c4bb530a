import { z } from 'zod';
import { text } from './text.ts';

/** The five certified levels a standard's 申报条件 speak of (docs/domain.md §1). */
export const CertifiedLevelKeySchema = z.enum(['level5', 'level4', 'level3', 'level2', 'level1']);

/** Schooling §2.3 names as a route (graduates include final-year students). */
export const schoolings = [
  'technical-school', // 技工学校
  'secondary-vocational', // 中等职业学校 (中职)
  'senior-technical-school', // 高级技工学校
  'technician-college', // 技师学院
  'senior-worker-class', // 技工院校 高级工班
  'higher-vocational-assessed', // 经评估论证的 高职 / 大专 programme
  'higher-vocational', // 高职 / 大专
  'bachelor-or-above', // 本科及以上
  'preparatory-technician', // 预备技师 certificate
] as const;

/** 职称 grades. */
export const titleGrades = ['junior', 'intermediate', 'senior'] as const;

const years = z.number().min(0).max(60);

/** One fact an eligibility rule asks of a candidate; a rule holds when all its clauses hold. */
export const EligibilityClauseSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('years-in-occupation'), years }),
  z.object({ kind: z.literal('holds-level'), level: CertifiedLevelKeySchema, yearsSince: years }),
  z.object({ kind: z.literal('schooling'), anyOf: z.array(z.enum(schoolings)).min(1).max(schoolings.length) }),
  z.object({ kind: z.literal('title'), atLeast: z.enum(titleGrades), yearsSince: years }),
  z.object({ kind: z.literal('min-age'), years }),
  z.object({ kind: z.literal('apprenticeship-completed') }),
]);

export const EligibilityRuleSchema = z.object({
  id: text({ max: 100 }),
  text: text({ max: 200 }),
  allOf: z.array(EligibilityClauseSchema).min(1).max(10),
});

/** The two 申报条件 templates of docs/domain.md §2.3. */
export const EligibilityTemplateSchema = z.enum(['A', 'B'], {
  error: 'the eligibility template is A or B (docs/domain.md §2.3)',
});

/** Where one standard's 申报条件 differ from its template, as data (docs/domain.md §2.3 "single standards deviate"). */
export const EligibilityDeviationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('replace'), ruleId: text({ max: 100 }), rule: EligibilityRuleSchema }),
  z.object({ kind: z.literal('add'), level: CertifiedLevelKeySchema, rule: EligibilityRuleSchema }),
]);
export type EligibilityDeviation = z.output<typeof EligibilityDeviationSchema>;
