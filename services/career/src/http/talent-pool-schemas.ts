import { HonourCodeSchema, MedalSchema, SichuanRegionCodeSchema, SkillLevelKeySchema } from '@tianfu/contracts';
import { z } from 'zod';
import { industryKeys } from '../application/query-terms.ts';
import { counts, list } from './answer-lists.ts';

const date = (field: string) => z.iso.date(`${field} is a date YYYY-MM-DD`);

/** The talent pool's filters, shared by the JSON search and the CSV export. */
export const TalentPoolFilterSchema = z
  .object({
    occupation: z
      .string()
      .regex(/^\d(-\d{2}){0,3}$/, 'occupation is a code like 6-31-01-04 or a prefix of one (6-31)')
      .optional(),
    minLevel: SkillLevelKeySchema.optional(),
    region: SichuanRegionCodeSchema.optional(),
    industry: z.enum(industryKeys, { error: `industry is one of ${industryKeys.join(', ')}` }).optional(),
    honour: HonourCodeSchema.optional(),
    medal: MedalSchema.optional(),
    certifiedFrom: date('certifiedFrom').optional(),
    certifiedTo: date('certifiedTo').optional(),
    highSkill: z.enum(['true', 'false'], { error: 'highSkill is true or false' }).optional(),
    sort: z.enum(['level', 'recent'], { error: 'sort is level or recent' }).default('level'),
  })
  .refine((q) => q.certifiedFrom === undefined || q.certifiedTo === undefined || q.certifiedFrom <= q.certifiedTo, {
    message: 'certifiedFrom must not be after certifiedTo',
    path: ['certifiedFrom'],
  });

export const TalentPoolQuerySchema = TalentPoolFilterSchema.and(
  z.object({
    after: z.string().max(400).optional(),
    limit: z.coerce.number().int('limit is a whole number').min(1).max(200).default(50),
    explain: z.enum(['true', 'false'], { error: 'explain is true or false' }).default('false'),
  }),
);

export type TalentPoolFilterQuery = z.output<typeof TalentPoolFilterSchema>;

const PoolWorkerSchema = z.object({
  workerId: z.string(),
  maskedName: z.string().nullable().meta({ description: 'null once the worker’s personal data is erased' }),
  region: z.object({ code: z.string(), name: z.string() }).nullable(),
  highest: z.object({ level: SkillLevelKeySchema, label: z.string() }).nullable(),
  highSkill: z.boolean(),
  occupations: list(
    z.object({
      occupationCode: z.string(),
      occupationName: z.string().nullable(),
      level: SkillLevelKeySchema,
      label: z.string(),
      since: z.string(),
    }),
  ),
  industries: list(z.enum(industryKeys)),
  honours: list(HonourCodeSchema),
  medals: list(MedalSchema),
  lastCertifiedOn: z.string().nullable(),
});

/** A page of the JSON search: the rows, the facets over every match, the cursor on, and on request the plan. */
export const TalentPoolPageSchema = z.object({
  total: z.number().int(),
  facets: z.object({
    region: counts,
    highest: counts,
    industry: counts,
    honour: counts,
    medal: counts,
    occupation: counts,
    occupationGroup: counts,
  }),
  facetNames: z.object({
    occupation: z.record(z.string(), z.string()),
    occupationGroup: z.record(z.string(), z.string()),
  }),
  next: z.string().nullable().meta({ description: 'the `after` cursor of the next page; null on the last' }),
  items: list(PoolWorkerSchema),
  plan: z
    .object({
      access: z.enum(['occupation-group', 'column-scan', 'none']),
      key: z.string().nullable(),
      examined: z.number().int(),
      workers: z.number().int(),
    })
    .optional()
    .meta({ description: 'with explain=true: which index served the query and how many workers it examined' }),
});
