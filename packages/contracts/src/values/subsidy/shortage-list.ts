import { z } from 'zod';
import { OccupationCodeSchema } from '../occupation-code.ts';
import { SubsidyRegionSchema } from './rule-set.ts';
import { SubsidyClauseSchema } from './subsidy-clause.ts';

/** One occupation on a 急需紧缺 list from a day up to, not including, another (null: still listed). */
export const ShortageEntrySchema = z
  .object({ occupationCode: OccupationCodeSchema, from: z.iso.date(), to: z.iso.date().nullable() })
  .refine((e) => e.to === null || e.to > e.from, { message: 'to is after from', path: ['to'] });

/**
 * A region's list of 急需紧缺 occupations (docs/domain.md §7.8) as dated data with its clause: an
 * occupation on it on the judged date may get more claims a year or a higher amount.
 */
export const ShortageListSchema = z.object({
  listId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lower-case letters, digits and -, at most 64 characters'),
  region: SubsidyRegionSchema,
  entries: z.array(ShortageEntrySchema).max(5000),
  clause: SubsidyClauseSchema,
  confirmed: z.boolean(),
});
export type ShortageList = z.output<typeof ShortageListSchema>;
