import { z } from 'zod';
import { OccupationKindSchema } from '../../values/catalogue-codes.ts';
import { OccupationCodeSchema } from '../../values/occupation-code.ts';
import { ReasonSchema, text } from '../../values/text.ts';
import { defineEvent } from '../event-definition.ts';

/** An occupation's 工种: named sub-divisions, each once. */
export const WorkTypesSchema = z
  .array(text({ max: 100 }))
  .max(60)
  .refine((names) => new Set(names).size === names.length, 'each 工种 at most once');

/** What an amendment may change of an occupation: everything but its code. */
export const OccupationFieldsSchema = z.object({
  name: text({ max: 100 }),
  kind: OccupationKindSchema,
  /** 数字职业 (S in the 大典) */
  digital: z.boolean(),
  /** 绿色职业 (L in the 大典) */
  green: z.boolean(),
  workTypes: WorkTypesSchema,
  /** The day MOHRSS published it as a 新职业; null for an occupation of the 大典 itself. */
  newOccupationPublishedOn: z.iso.date().nullable(),
});
export type OccupationFields = z.output<typeof OccupationFieldsSchema>;

const occupation = OccupationFieldsSchema.extend({ code: OccupationCodeSchema, reason: ReasonSchema });

/** An occupation (细类) entered under its 小类. */
export const OccupationAdded = defineEvent({ type: 'catalogue.OccupationAdded', schemaVersion: 1, schema: occupation });
export type OccupationAddedData = z.output<typeof OccupationAdded.schema>;

/** An occupation's name, flags or 工种 changed; carries every field as it now stands. */
export const OccupationAmended = defineEvent({
  type: 'catalogue.OccupationAmended',
  schemaVersion: 1,
  schema: occupation,
});
export type OccupationAmendedData = z.output<typeof OccupationAmended.schema>;

/** An occupation no longer assessed from `retiredOn` (a later 大典 dropped or merged it). */
export const OccupationRetired = defineEvent({
  type: 'catalogue.OccupationRetired',
  schemaVersion: 1,
  schema: z.object({ code: OccupationCodeSchema, retiredOn: z.iso.date(), reason: ReasonSchema }),
});
export type OccupationRetiredData = z.output<typeof OccupationRetired.schema>;
