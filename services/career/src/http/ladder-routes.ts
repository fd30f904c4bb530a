import { chinaDate, IdDocumentSchema } from '@tianfu/contracts';
import { authorize, notFound, type PersonalDataVault, requirePrincipal } from '@tianfu/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CataloguePort } from '../application/catalogue-port.ts';
import type { CareerReadSide } from '../application/read-side.ts';
import { workerLadder } from '../application/worker-ladder.ts';
import { LadderAnswerSchema, WorkerLookupAnswerSchema, WorkerParamsSchema } from './ladder-schemas.ts';
import { ownOrPlaced, placedInScope } from './region-scope.ts';
import { maskedNames } from './worker-views.ts';

export interface LadderRoutesOptions {
  readonly readSide: () => CareerReadSide;
  readonly vault: PersonalDataVault;
  readonly catalogue: CataloguePort;
  readonly clock: () => Date;
}

const LadderQuerySchema = z.object({ asOf: z.iso.date('asOf is a date YYYY-MM-DD').optional() });

/** A worker's ladder, today or as the facts stood on `asOf`; ID numbers only in request bodies. */
const ladderRoutes: FastifyPluginAsyncZod<LadderRoutesOptions> = async (app, { readSide, vault, catalogue, clock }) => {
  const canRead = authorize({ roles: ['hr', 'worker'], scope: ownOrPlaced(readSide) });
  app.get(
    '/v1/workers/:workerId/ladder',
    {
      schema: {
        operationId: 'getLadder',
        summary: "Read a worker's career ladder as of a date",
        tags: ['workers'],
        params: WorkerParamsSchema,
        querystring: LadderQuerySchema,
        response: { 200: LadderAnswerSchema },
      },
      preHandler: canRead,
    },
    async (request) => {
      const { workerId } = request.params;
      const asOf = request.query.asOf ?? chinaDate(clock().toISOString());
      const { ladder, holderName } = await workerLadder(readSide(), catalogue, workerId, asOf);
      const [maskedName] = await maskedNames(vault, [{ workerId, holderName }]);
      return { ...ladder, maskedName: maskedName ?? null };
    },
  );

  // A regional hr token finds only the workers placed in its 市(州); any other number, known to the
  // platform or not, answers the same 404.
  app.post(
    '/v1/workers/lookup',
    {
      schema: {
        operationId: 'lookUpWorker',
        summary: 'Find a worker by ID document',
        tags: ['workers'],
        body: IdDocumentSchema,
        response: { 200: WorkerLookupAnswerSchema },
      },
      preHandler: authorize({ roles: ['hr'] }),
    },
    async (request) => {
      const identified = vault.identify(request.body);
      if (!placedInScope(requirePrincipal(request), readSide().index, identified.workerId)) {
        throw notFound('no worker placed in this token’s region has that ID number', { field: 'idNumber' });
      }
      return identified;
    },
  );
};

export default ladderRoutes;
