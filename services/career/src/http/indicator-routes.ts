import { authorize, requirePrincipal } from '@tianfu/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { indicatorsOf } from '../application/plan-view.ts';
import type { CareerReadSide } from '../application/read-side.ts';
import type { TrainingGroupCounts } from '../application/training-group-counts.ts';
import { IndicatorQuerySchema, IndicatorsSchema } from './indicator-schemas.ts';
import { scopedRegion } from './region-scope.ts';

/** The province-vs-plan view (docs/domain.md §5.3) for planners and hr. */
export interface IndicatorRoutesOptions {
  readonly readSide: () => CareerReadSide;
  readonly groupCounts: Pick<TrainingGroupCounts, 'all'>;
}

const indicatorRoutes: FastifyPluginAsyncZod<IndicatorRoutesOptions> = async (app, { readSide, groupCounts }) => {
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
      return indicatorsOf(readSide().index, groupCounts.all(), { ...request.query, region });
    },
  );
};

export default indicatorRoutes;
