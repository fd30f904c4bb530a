import { z } from 'zod';
import { text } from '../text.ts';

/**
 * Where a subsidy rule comes from (docs/domain.md §7.8): the document, the article or passage,
 * and its address when one is known. A rejected claimant is shown this, so it is never empty.
 */
export const SubsidyClauseSchema = z.object({
  document: text({ max: 300 }),
  article: text({ max: 300 }),
  url: z
    .url({ protocol: /^https?$/, error: 'url is an http(s) address' })
    .max(500)
    .nullable()
    .default(null),
});
export type SubsidyClause = z.output<typeof SubsidyClauseSchema>;

/** A rule set's source document: its clause without an article. */
export const SubsidySourceSchema = SubsidyClauseSchema.omit({ article: true });
export type SubsidySource = z.output<typeof SubsidySourceSchema>;

/**
 * One parameter of a rule set with the clause it comes from; `confirmed: false` marks a figure
 * not checked against the primary text (⚠), which the decision shows beside it.
 */
export const cited = <T extends z.ZodType>(value: T) =>
  z.object({ value, clause: SubsidyClauseSchema, confirmed: z.boolean() });
