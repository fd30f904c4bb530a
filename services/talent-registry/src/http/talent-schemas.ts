import {
  AppointedPostSchema,
  BaseRegistered,
  BodyFilingNoSchema,
  HonourCodeSchema,
  IdDocumentSchema,
  OccupationCodeSchema,
  PersonNameSchema,
  ReasonSchema as Reason,
  SkillLevelKeySchema,
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
});

export const GrantViewSchema = z.object({
  grantId: z.string(),
  workerId: z.string(),
  maskedIdNumber: z.string().nullable(),
  honour: z.string(),
  honourName: z.string(),
  round: z.string(),
  grantedOn: z.string(),
  revoked: z.object({ reason: z.string(), at: z.string() }).nullable(),
});

export const ReasonSchema = z.object({ reason: Reason });
export const GrantParamsSchema = z.object({ grantId: text({ max: 300 }) });

export const AppointSchema = z.object({
  appointmentId: text({ max: 100 }),
  ...person,
  post: AppointedPostSchema,
  employer: z.object({ bodyId: text({ max: 100 }), filingNo: BodyFilingNoSchema, bodyName: text({ max: 200 }) }),
  occupationCode: OccupationCodeSchema,
  workType: text({ max: 100 }).default('--'),
  termStart: date,
  termEnd: date.nullable().default(null),
  evidence: z
    .object({
      heldLevels: z.array(z.object({ occupationCode: OccupationCodeSchema, level: SkillLevelKeySchema })).max(50),
      heldPosts: z.array(z.object({ occupationCode: OccupationCodeSchema, post: AppointedPostSchema })).max(10),
    })
    .default({ heldLevels: [], heldPosts: [] }),
  overrideReason: Reason.nullable().default(null),
});

export const AppointmentParamsSchema = z.object({ appointmentId: text({ max: 100 }) });
export const RenewSchema = z.object({ termEnd: date.nullable() });
export const EndSchema = z.object({ endedOn: date, reason: Reason });

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

export const RegisterBaseSchema = BaseRegistered.schema.omit({ masterWorkerId: true, memberWorkerIds: true }).extend({
  master: z.object(person).nullable().default(null),
  members: z.array(z.object(person)).max(200).default([]),
});
