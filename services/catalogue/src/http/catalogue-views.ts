import {
  type CatalogueOccupation,
  type CatalogueSpecialAbility,
  type CatalogueState,
  groupsAbove,
} from '@tianfu/catalogue-view';
import { z } from 'zod';

const StandardViewSchema = z.object({
  version: z.string(),
  year: z.number().int(),
  title: z.string(),
  levels: z.array(z.number().int()),
  template: z.string(),
  deviations: z.array(z.unknown()),
  effectiveFrom: z.string(),
  supersededOn: z.string().nullable(),
  successorVersion: z.string().nullable(),
  retiredOn: z.string().nullable(),
});

const occupationFields = {
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  digital: z.boolean(),
  green: z.boolean(),
  workTypes: z.array(z.string()),
  newOccupationPublishedOn: z.string().nullable(),
  retiredOn: z.string().nullable(),
};

export const OccupationViewSchema = z.object({
  ...occupationFields,
  groups: z.array(z.object({ code: z.string(), rank: z.string(), name: z.string() })),
  standards: z.array(StandardViewSchema),
});

export const OccupationSummarySchema = z.object({
  ...occupationFields,
  /** The 工种 whose names hold the searched text. */
  matchedWorkTypes: z.array(z.string()),
  /** The levels of its newest standard version not retired, empty when it has none. */
  levels: z.array(z.number().int()),
});

export const SpecialAbilityViewSchema = z.object({
  code: z.string(),
  name: z.string(),
  regionCode: z.string().nullable(),
  occupationCode: z.string().nullable(),
  publishedOn: z.string(),
  retiredOn: z.string().nullable(),
});

export const GroupViewSchema = z.object({ code: z.string(), rank: z.string(), name: z.string() });

export const occupationView = (state: CatalogueState, occupation: CatalogueOccupation) => ({
  ...occupation,
  groups: [...groupsAbove(state, occupation.code)],
  standards: occupation.standards.map((s) => ({ ...s, levels: [...s.levels] })),
});

const currentLevels = (occupation: CatalogueOccupation): number[] => [
  ...(occupation.standards.filter((s) => s.retiredOn === null).at(-1)?.levels ?? []),
];

export const occupationSummary = (occupation: CatalogueOccupation, matchedWorkTypes: readonly string[] = []) => ({
  ...occupation,
  matchedWorkTypes: [...matchedWorkTypes],
  levels: currentLevels(occupation),
});

export const specialAbilityView = (ability: CatalogueSpecialAbility) => ability;
