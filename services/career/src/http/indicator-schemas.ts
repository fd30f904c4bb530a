import { SichuanRegionCodeSchema, TrainingBrandSchema } from '@tianfu/contracts';
import { z } from 'zod';
import { industryKeys, planPeriod } from '../application/query-terms.ts';
import { list } from './answer-lists.ts';

export const IndicatorQuerySchema = z
  .object({
    from: z.iso.date('from is a date YYYY-MM-DD').default(planPeriod.from),
    to: z.iso.date('to is a date YYYY-MM-DD').default(planPeriod.to),
    region: SichuanRegionCodeSchema.optional(),
    occupation: z
      .string()
      .regex(/^\d(-\d{2}){0,3}$/, 'occupation is a code like 6-31-01-04 or a prefix of one (6-31)')
      .optional(),
    industry: z.enum(industryKeys, { error: `industry is one of ${industryKeys.join(', ')}` }).optional(),
  })
  .refine((q) => q.from <= q.to, { message: 'from must not be after to', path: ['from'] });

const count = z.number().int();
const CountsSchema = z.object({
  newCertificates: count,
  newHighSkill: count,
  publicTrainingBases: count,
  provincialBasesAndStudios: count,
  parkCultivationBases: count,
  subsidisedTraining: count,
  migrantWorkerTraining: count,
  apprenticeTraining: count,
});
const region = {
  regionCode: z.string().meta({ description: "6-digit 市(州) code, or 'unknown'" }),
  regionName: z.string(),
};

const PlanTargetSchema = z.object({
  name: z.string().meta({ description: 'the indicator in Chinese' }),
  target: z.number().meta({ description: 'the provincial target for the whole period 2023–2025' }),
  unit: z.enum(['person-times', 'persons', 'bases']),
  kind: z.literal('expected').meta({ description: '预期性 (expected), as the plan marks it' }),
});

export const IndicatorsSchema = z.object({
  query: z.object({
    from: z.string(),
    to: z.string(),
    region: z.string().optional(),
    occupation: z.string().optional(),
    industry: z.enum(industryKeys).optional(),
  }),
  plan: z
    .object({
      title: z.string(),
      issuer: z.string(),
      publishedOn: z.string(),
      section: z.string(),
      period: z.object({ from: z.string(), to: z.string() }),
    })
    .meta({ description: 'the plan and section the targets come from' }),
  totals: CountsSchema,
  targets: list(
    PlanTargetSchema.extend({
      measure: CountsSchema.keyof(),
      value: count,
      share: z.number().meta({ description: 'value / target; the targets are provincial, for 2023–2025' }),
    }),
  ),
  notCounted: list(PlanTargetSchema.extend({ indicator: z.string(), reason: z.string() })).meta({
    description: "the plan's other 专栏1 indicators, which no event of the platform records",
  }),
  brands: list(
    z.object({
      brand: TrainingBrandSchema,
      name: z.string(),
      target: z.number(),
      unit: z.literal('person-times'),
      by: z.string().meta({ description: 'the target is for the plan year ending on this day (2025)' }),
      value: count,
      share: z.number(),
    }),
  ).meta({ description: "the plan's 专栏5 brands: completions of their classes in the period, beside each target" }),
  byYear: list(CountsSchema.extend({ year: z.string() })),
  byRegion: list(CountsSchema.extend(region)),
  byYearAndRegion: list(CountsSchema.extend({ year: z.string(), ...region })).meta({
    description: 'one row per year and 市(州) with a count',
  }),
});
