import {
  HonourCodeSchema,
  MedalSchema,
  SichuanRegionCodeSchema,
  SkillLevelKeySchema,
  TrainingBrandSchema,
  TrainingKindSchema,
} from '@tianfu/contracts';
import { z } from 'zod';
import { industryKeys } from '../application/query-terms.ts';
import { counts, list } from './answer-lists.ts';

const names = z.record(z.string(), z.string());

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
    trainedOccupation: z
      .string()
      .regex(/^\d(-\d{2}){0,3}$/, 'trainedOccupation is a code like 4-03-02-01 or a prefix of one (4-03)')
      .optional()
      .meta({ description: 'completed a class of this occupation (docs/domain.md §7.7)' }),
    trainingKind: TrainingKindSchema.optional().meta({ description: 'completed a class of this kind' }),
    trainingBrand: TrainingBrandSchema.optional().meta({ description: 'completed a class of this 专栏5 brand' }),
    trainedFrom: date('trainedFrom').optional().meta({ description: 'completed a class on or after this day' }),
    trainedTo: date('trainedTo').optional().meta({ description: 'completed a class on or before this day' }),
    sort: z.enum(['level', 'recent'], { error: 'sort is level or recent' }).default('level'),
  })
  .refine((q) => q.certifiedFrom === undefined || q.certifiedTo === undefined || q.certifiedFrom <= q.certifiedTo, {
    message: 'certifiedFrom must not be after certifiedTo',
    path: ['certifiedFrom'],
  })
  .refine((q) => q.trainedFrom === undefined || q.trainedTo === undefined || q.trainedFrom <= q.trainedTo, {
    message: 'trainedFrom must not be after trainedTo',
    path: ['trainedFrom'],
  });

export const TalentPoolQuerySchema = TalentPoolFilterSchema.and(
  z.object({
    after: z.string().max(400).optional(),
    limit: z.coerce.number().int('limit is a whole number').min(1).max(200).default(50),
    explain: z.enum(['true', 'false'], { error: 'explain is true or false' }).default('false'),
  }),
);

/** The export's query: the search's filters, and the language of its header row and coded cells. */
export const TalentPoolCsvQuerySchema = TalentPoolFilterSchema.and(
  z.object({
    lang: z
      .enum(['zh', 'en'], { error: 'lang is zh or en' })
      .default('en')
      .meta({ description: 'zh: Chinese headers, and industries, honours, medals and 高技能 named in Chinese' }),
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
    trainingKind: counts.meta({ description: 'workers per kind of the classes they completed' }),
    trainingBrand: counts.meta({ description: 'workers per 专栏5 brand of the classes they completed' }),
  }),
  facetNames: z
    .object({
      region: names,
      highest: names,
      industry: names,
      honour: names,
      medal: names,
      occupation: names,
      occupationGroup: names,
      trainingKind: names,
      trainingBrand: names,
    })
    .meta({
      description: 'the name of every code the facets count: 市(州), step, industry, honour, medal, occupation, 中类',
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
