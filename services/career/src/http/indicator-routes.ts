import { SichuanRegionCodeSchema } from '@tianfu/contracts';
import { authorize, requirePrincipal } from '@tianfu/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { indicatorsOf } from '../application/plan-view.ts';
import { industryKeys, planPeriod } from '../application/query-terms.ts';
import type { CareerReadSide } from '../application/read-side.ts';
import { list } from './answer-lists.ts';
import { scopedRegion } from './region-scope.ts';

const IndicatorQuerySchema = z
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
});

const IndicatorsSchema = z.object({
  query: z.object({
    from: z.string(),
    to: z.string(),
    region: z.string().optional(),
    occupation: z.string().optional(),
    industry: z.enum(industryKeys).optional(),
  }),
  totals: CountsSchema,
  targets: list(
    z.object({
      measure: CountsSchema.keyof(),
      value: z.number().int(),
      target: z.number(),
      share: z.number().meta({ description: 'value / target; the targets are provincial, for 2023–2025' }),
    }),
  ),
  byYear: list(CountsSchema.extend({ year: z.string() })),
  byRegion: list(CountsSchema.extend({ regionCode: z.string(), regionName: z.string() })),
});

/** The province-vs-plan view (docs/domain.md §5.3) for planners and hr. */
const indicatorRoutes: FastifyPluginAsyncZod<{ readSide: () => CareerReadSide }> = async (app, { readSide }) => {
  app.get(
    '/v1/indicators',
    {
      schema: {
        operationId: 'getIndicators',
        summary: 'Count the plan indicators over a period',
        tags: ['indicators'],
        querystring: IndicatorQuerySchema,
        response: { 200: IndicatorsSchema },
      },
      preHandler: authorize({ roles: ['hr'] }),
    },
    async (request) => {
      const region = scopedRegion(requirePrincipal(request), request.query.region);
      return indicatorsOf(readSide().index, { ...request.query, region });
    },
  );
};

export default indicatorRoutes;
