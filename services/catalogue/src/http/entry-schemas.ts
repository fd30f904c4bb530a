import {
  GroupAdded,
  OccupationAdded,
  OccupationCodeSchema,
  OccupationGroupCodeSchema,
  occupationCodePattern,
  ReasonSchema,
  SpecialAbilityAdded,
  SpecialAbilityCodeSchema,
  StandardAdded,
  StandardVersionSchema,
} from '@tianfu/contracts';
import { z } from 'zod';

/**
 * Each entry as a route body or a sheet row gives it: the event's own schema without the reason,
 * so whatever the HTTP edge accepts the event accepts (one schema per value).
 */
export const GroupEntrySchema = GroupAdded.schema.omit({ reason: true });
export const OccupationEntrySchema = OccupationAdded.schema.omit({ reason: true });
export const StandardEntrySchema = StandardAdded.schema.omit({ reason: true });
export const SpecialAbilityEntrySchema = SpecialAbilityAdded.schema.omit({ reason: true });

/** A 大典 row is a group (大类, 中类, 小类) or an occupation (细类), told apart by its code. */
export const isOccupationRowCode = (code: string): boolean => occupationCodePattern.test(code);
export const isGroupRowCode = (code: string): boolean => OccupationGroupCodeSchema.safeParse(code).success;

export type ZodIssue = z.core.$ZodIssue;

export const ImportQuerySchema = z.object({ reason: ReasonSchema });

const withReason = { reason: ReasonSchema };
export const AddGroupSchema = GroupEntrySchema.extend(withReason);
export const AmendGroupSchema = GroupEntrySchema.omit({ code: true }).extend(withReason);
export const AddOccupationSchema = OccupationEntrySchema.extend(withReason);
export const AmendOccupationSchema = OccupationEntrySchema.omit({ code: true }).extend(withReason);
export const AddStandardSchema = StandardEntrySchema.omit({ occupationCode: true }).extend(withReason);
export const AmendStandardSchema = StandardEntrySchema.omit({ occupationCode: true, version: true }).extend(withReason);
export const AddSpecialAbilitySchema = SpecialAbilityEntrySchema.extend(withReason);
export const AmendSpecialAbilitySchema = SpecialAbilityEntrySchema.omit({ code: true }).extend(withReason);
export const RetireSchema = z.object({ retiredOn: z.iso.date('a date YYYY-MM-DD'), ...withReason });
export const SupersedeSchema = z.object({
  supersededOn: z.iso.date('a date YYYY-MM-DD'),
  successorVersion: StandardVersionSchema,
  ...withReason,
});

export const GroupParamsSchema = z.object({ code: OccupationGroupCodeSchema });
export const OccupationParamsSchema = z.object({ code: OccupationCodeSchema });
export const StandardParamsSchema = OccupationParamsSchema.extend({ version: StandardVersionSchema });
export const SpecialAbilityParamsSchema = z.object({ code: SpecialAbilityCodeSchema });
