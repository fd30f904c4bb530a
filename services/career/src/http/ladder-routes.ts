import { chinaDate, IdDocumentSchema } from '@tianfu/contracts';
import { authorize } from '@tianfu/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CareerFactsStore } from '../application/career-facts-store.ts';
import { deriveLadder } from '../domain/ladder.ts';

export interface LadderRoutesOptions {
  readonly facts: CareerFactsStore;
  readonly identify: (document: z.output<typeof IdDocumentSchema>) => { workerId: string; maskedIdNumber: string };
  readonly clock: () => Date;
}

const hr = authorize({ roles: ['hr', 'admin'] });

const LadderParamsSchema = z.object({ workerId: z.string().regex(/^[0-9a-f]{64}$/, 'a workerId: 64 hex digits') });
const LadderQuerySchema = z.object({ asOf: z.iso.date('asOf is a date YYYY-MM-DD').optional() });

/** A worker's ladder (issue #6), today or as the facts stood on `asOf`; ID numbers only in request bodies. */
const ladderRoutes: FastifyPluginAsyncZod<LadderRoutesOptions> = async (app, { facts, identify, clock }) => {
  app.get(
    '/v1/workers/:workerId/ladder',
    { schema: { params: LadderParamsSchema, querystring: LadderQuerySchema }, preHandler: hr },
    async (request) => {
      const { workerId } = request.params;
      const asOf = request.query.asOf ?? chinaDate(clock().toISOString());
      return deriveLadder(workerId, await facts.factsOf(workerId), asOf);
    },
  );

  app.post('/v1/workers/lookup', { schema: { body: IdDocumentSchema }, preHandler: hr }, async (request) =>
    identify(request.body),
  );
};

export default ladderRoutes;
