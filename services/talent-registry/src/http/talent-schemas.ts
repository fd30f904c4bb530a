import {
  AppointedPostSchema,
  BaseKindSchema,
  BaseLevelSchema,
  BodyFilingNoSchema,
  HonourCodeSchema,
  IdDocumentSchema,
  OccupationCodeSchema,
  PersonNameSchema,
  ReasonSchema as Reason,
  RegionCodeSchema,
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
  // The enterprise comes from the registry: an employer token's own, the body the talent office names.
  // A filing number or name sent along is only checked against the registration.
  employer: z
    .object({ bodyId: text({ max: 100 }), filingNo: BodyFilingNoSchema, bodyName: text({ max: 200 }) })
    .partial()
    .optional(),
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

// A sealed name holds at most 225 bytes of UTF-8 (75 汉字): the vault's limit (SealedNameSchema).
const sealableBytes = 225;

export const RegisterBaseSchema = z
  .object({
    baseId: text({ max: 100 }),
    kind: BaseKindSchema,
    name: text({ max: 200 }),
    level: BaseLevelSchema,
    regionCode: RegionCodeSchema,
    industry: text({ max: 100 }),
    establishedOn: date,
    master: z.object(person).nullable().default(null),
    members: z.array(z.object(person)).max(200).default([]),
  })
  .refine(
    (base) =>
      base.kind !== 'master-studio' ||
      base.master === null ||
      new TextEncoder().encode(base.name).length <= sealableBytes,
    {
      message: `a master studio's name is sealed under its master's key: at most ${sealableBytes} bytes of UTF-8 (75 汉字)`,
      path: ['name'],
    },
  );

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
