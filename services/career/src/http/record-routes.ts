import { authorize } from '@tianfu/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { CataloguePort } from '../application/catalogue-port.ts';
import type { CareerReadSide } from '../application/read-side.ts';
import { workerRecord } from '../application/worker-record.ts';
import { WorkerParamsSchema } from './ladder-schemas.ts';
import { TrainingRecordAnswerSchema } from './record-schemas.ts';
import { ownOrPlaced } from './region-scope.ts';

export interface RecordRoutesOptions {
  readonly readSide: () => CareerReadSide;
  readonly catalogue: CataloguePort;
}

/** The lifelong training record (终身职业技能培训电子档案, docs/domain.md §7), for the worker and hr as the ladder is. */
const recordRoutes: FastifyPluginAsyncZod<RecordRoutesOptions> = async (app, { readSide, catalogue }) => {
  app.get(
    '/v1/workers/:workerId/record',
    {
      schema: {
        operationId: 'getTrainingRecord',
        summary: "Read a worker's lifelong training record",
        tags: ['workers'],
        params: WorkerParamsSchema,
        response: { 200: TrainingRecordAnswerSchema },
      },
      preHandler: authorize({ roles: ['hr', 'worker'], scope: ownOrPlaced(readSide) }),
    },
    async (request) => workerRecord(readSide(), catalogue, request.params.workerId),
  );
};

export default recordRoutes;
