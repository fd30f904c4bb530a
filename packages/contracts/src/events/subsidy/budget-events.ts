import { z } from 'zod';
import { FenSchema } from '../../values/subsidy/amounts.ts';
import { SubsidyRegionSchema } from '../../values/subsidy/rule-set.ts';
import { text } from '../../values/text.ts';
import { defineEvent } from '../event-definition.ts';

/**
 * Money allocated to a region's 专账资金 for a year (docs/domain.md §7.11): allocations add up; the
 * reference names the budget document. Approved claims beyond the sum wait, in order, for the next.
 */
export const SubsidyBudgetAllocated = defineEvent({
  type: 'subsidy.BudgetAllocated',
  schemaVersion: 1,
  schema: z.object({
    region: SubsidyRegionSchema,
    year: z.number().int().min(2000).max(2100),
    amountFen: FenSchema.min(1, 'an allocation is more than 0'),
    reference: text({ max: 200 }),
    at: z.iso.datetime({ offset: true }),
  }),
});
export type SubsidyBudgetAllocatedData = z.output<typeof SubsidyBudgetAllocated.schema>;
