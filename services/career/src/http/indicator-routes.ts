import { SichuanRegionCodeSchema } from '@tianfu/contracts';
import { authorize, requirePrincipal } from '@tianfu/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { indicatorsOf } from '../application/plan-view.ts';
import { industryKeys, planPeriod } from '../application/query-terms.ts';
import type { CareerReadSide } from '../application/read-side.ts';
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

/** The province-vs-plan view (docs/domain.md §5.3) for planners and hr. */
const indicatorRoutes: FastifyPluginAsyncZod<{ readSide: () => CareerReadSide }> = async (app, { readSide }) => {
  app.get(
    '/v1/indicators',
    { schema: { querystring: IndicatorQuerySchema }, preHandler: authorize({ roles: ['hr'] }) },
    async (request) => {
      const region = scopedRegion(requirePrincipal(request), request.query.region);
      return indicatorsOf(readSide().index, { ...request.query, region });
    },
  );
};

export default indicatorRoutes;
