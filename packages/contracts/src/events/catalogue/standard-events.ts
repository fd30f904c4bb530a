import { z } from 'zod';
import { LevelSetSchema, StandardVersionSchema } from '../../values/catalogue-codes.ts';
import { EligibilityDeviationSchema, EligibilityTemplateSchema } from '../../values/eligibility-clause.ts';
import { OccupationCodeSchema } from '../../values/occupation-code.ts';
import { ReasonSchema, text } from '../../values/text.ts';
import { defineEvent } from '../event-definition.ts';

/** What an amendment may change of a standard version. */
export const StandardFieldsSchema = z.object({
  title: text({ max: 200 }),
  /** Certificate digits it offers (docs/domain.md §3.4: not every standard has all five). */
  levels: LevelSetSchema,
  template: EligibilityTemplateSchema,
  deviations: z.array(EligibilityDeviationSchema).max(20),
  effectiveFrom: z.iso.date(),
});
export type StandardFields = z.output<typeof StandardFieldsSchema>;

const ref = { occupationCode: OccupationCodeSchema, version: StandardVersionSchema };
const standard = StandardFieldsSchema.extend({ ...ref, reason: ReasonSchema });

/** A 国家职业技能标准 version of an occupation entered in the catalogue. */
export const StandardAdded = defineEvent({ type: 'catalogue.StandardAdded', schemaVersion: 1, schema: standard });
export type StandardAddedData = z.output<typeof StandardAdded.schema>;

/** A standard version's levels, template, deviations or dates corrected; every field as it now stands. */
export const StandardAmended = defineEvent({ type: 'catalogue.StandardAmended', schemaVersion: 1, schema: standard });
export type StandardAmendedData = z.output<typeof StandardAmended.schema>;

/** A standard version replaced by a newer one of the same occupation from `supersededOn`. */
export const StandardSuperseded = defineEvent({
  type: 'catalogue.StandardSuperseded',
  schemaVersion: 1,
  schema: z.object({
    ...ref,
    supersededOn: z.iso.date(),
    successorVersion: StandardVersionSchema,
    reason: ReasonSchema,
  }),
});
export type StandardSupersededData = z.output<typeof StandardSuperseded.schema>;

/** A standard version withdrawn with no successor from `retiredOn`. */
export const StandardRetired = defineEvent({
  type: 'catalogue.StandardRetired',
  schemaVersion: 1,
  schema: z.object({ ...ref, retiredOn: z.iso.date(), reason: ReasonSchema }),
});
export type StandardRetiredData = z.output<typeof StandardRetired.schema>;
