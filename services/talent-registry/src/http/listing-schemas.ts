import {
  AppointedPostSchema,
  BaseKindSchema,
  BaseLevelSchema,
  HonourCodeSchema,
  SichuanRegionCodeSchema,
  text,
} from '@tianfu/contracts';
import { z } from 'zod';
import { AppointmentViewSchema, GrantViewSchema } from './talent-schemas.ts';

const year = z.coerce.number().int().min(1949, 'year from 1949').max(2100, 'year up to 2100');

export const GrantQuerySchema = z.object({
  honour: HonourCodeSchema.optional(),
  year: year.optional(),
  region: SichuanRegionCodeSchema.optional(),
});
export const AppointmentQuerySchema = z.object({
  post: AppointedPostSchema.optional(),
  bodyId: text({ max: 100 }).optional(),
});
export const BaseQuerySchema = z.object({
  kind: BaseKindSchema.optional(),
  level: BaseLevelSchema.optional(),
  region: SichuanRegionCodeSchema.optional(),
});

/** A name is shown only to the talent office: null for anyone else, or once the worker is erased. */
const name = z.string().nullable();

export const GrantListSchema = z.object({
  items: z.array(
    GrantViewSchema.omit({ maskedIdNumber: true }).extend({ name, source: z.enum(['decision', 'competition']) }),
  ),
});
/** The holder's name masked (its first character and one *), for the enterprise as for the office; null once erased. */
const maskedName = z.string().nullable();

export const AppointmentListSchema = z.object({
  items: z.array(AppointmentViewSchema.extend({ name, maskedName })),
});
export const BaseListSchema = z.object({
  items: z.array(
    z.object({
      baseId: z.string(),
      kind: z.string(),
      name,
      level: z.string(),
      regionCode: z.string(),
      industry: z.string(),
      establishedOn: z.string(),
      masterWorkerId: z.string().nullable(),
      members: z.number(),
    }),
  ),
});
