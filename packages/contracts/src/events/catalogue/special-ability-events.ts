import { z } from 'zod';
import { SpecialAbilityCodeSchema } from '../../values/catalogue-codes.ts';
import { OccupationCodeSchema } from '../../values/occupation-code.ts';
import { SichuanRegionCodeSchema } from '../../values/region-code.ts';
import { ReasonSchema, text } from '../../values/text.ts';
import { defineEvent } from '../event-definition.ts';

/** What an amendment may change of a 专项职业能力 考核规范 (no levels: one pass certifies it). */
export const SpecialAbilityFieldsSchema = z.object({
  name: text({ max: 100 }),
  /** The 市(州) that published it; null for the province's own (四川省人社厅). */
  regionCode: SichuanRegionCodeSchema.nullable(),
  /** The occupation it sits nearest to, when there is one. */
  occupationCode: OccupationCodeSchema.nullable(),
  publishedOn: z.iso.date(),
});
export type SpecialAbilityFields = z.output<typeof SpecialAbilityFieldsSchema>;

const ability = SpecialAbilityFieldsSchema.extend({ code: SpecialAbilityCodeSchema, reason: ReasonSchema });

/** A 专项职业能力 考核规范 entered in the catalogue (e.g. 川菜烹饪, 竹编). */
export const SpecialAbilityAdded = defineEvent({
  type: 'catalogue.SpecialAbilityAdded',
  schemaVersion: 1,
  schema: ability,
});
export type SpecialAbilityAddedData = z.output<typeof SpecialAbilityAdded.schema>;

export const SpecialAbilityAmended = defineEvent({
  type: 'catalogue.SpecialAbilityAmended',
  schemaVersion: 1,
  schema: ability,
});
export type SpecialAbilityAmendedData = z.output<typeof SpecialAbilityAmended.schema>;

export const SpecialAbilityRetired = defineEvent({
  type: 'catalogue.SpecialAbilityRetired',
  schemaVersion: 1,
  schema: z.object({ code: SpecialAbilityCodeSchema, retiredOn: z.iso.date(), reason: ReasonSchema }),
});
export type SpecialAbilityRetiredData = z.output<typeof SpecialAbilityRetired.schema>;
