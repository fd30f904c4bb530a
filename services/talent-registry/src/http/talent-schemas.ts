import {
  HonourCodeSchema,
  IdDocumentSchema,
  PersonNameSchema,
  ReasonSchema as Reason,
  SichuanRegionCodeSchema,
  text,
} from '@tianfu/contracts';
import { z } from 'zod';

const date = z.iso.date('a date YYYY-MM-DD');
const person = { document: IdDocumentSchema, name: PersonNameSchema };

export const GrantHonourSchema = z.object({
  ...person,
  honour: HonourCodeSchema,
  round: text({ max: 50 }),
  grantedOn: date,
  authority: text({ max: 200 }),
  documentNo: text({ max: 100 }),
  // The 市(州) that put the worker forward (推荐地): what the office lists its grants by.
  regionCode: SichuanRegionCodeSchema.nullable().default(null),
});

export const GrantViewSchema = z.object({
  grantId: z.string(),
  workerId: z.string(),
  maskedIdNumber: z.string().nullable(),
  honour: z.string(),
  honourName: z.string(),
  round: z.string(),
  grantedOn: z.string(),
  regionCode: z.string().nullable(),
  revoked: z.object({ reason: z.string(), at: z.string() }).nullable(),
});

export const ReasonSchema = z.object({ reason: Reason });
export const GrantParamsSchema = z.object({ grantId: text({ max: 300 }) });

export const AppointmentParamsSchema = z.object({ appointmentId: text({ max: 100 }) });

export const AppointmentViewSchema = z.object({
  appointmentId: z.string(),
  workerId: z.string(),
  post: z.string(),
  employer: z.object({ bodyId: z.string(), filingNo: z.string(), bodyName: z.string() }),
  occupationCode: z.string(),
  termStart: z.string(),
  termEnd: z.string().nullable(),
  eligibility: z.object({ basis: z.string(), summary: z.string() }).loose(),
  ended: z.object({ endedOn: z.string(), reason: z.string() }).nullable(),
});

/** The honours register the office grants from (docs/domain.md §4.2). */
export const HonourCatalogueSchema = z.object({
  items: z
    .array(
      z.object({
        code: HonourCodeSchema,
        name: z.string(),
        conferredBy: z.string(),
        channel: z.enum(['selection', 'competition', 'selection-or-competition', 'programme']),
        scope: z.enum(['national', 'provincial']),
      }),
    )
    .readonly(),
});
