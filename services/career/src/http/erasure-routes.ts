import { ReasonSchema } from '@tianfu/contracts';
import { authorize, type ErasureLog, type PersonalDataVault } from '@tianfu/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

export interface ErasureRoutesOptions {
  readonly vault: PersonalDataVault;
  readonly erasures: ErasureLog;
  readonly clock: () => Date;
}

const WorkerParamsSchema = z.object({ workerId: z.string().regex(/^[0-9a-f]{64}$/, 'a workerId: 64 hex digits') });
export const ErasureBodySchema = z.object({ reason: ReasonSchema });
const ErasureAnswerSchema = z.object({ workerId: z.string(), erasedAt: z.iso.datetime() });

/**
 * Erasure of a worker's personal data (docs/domain.md §6.3, crypto-shredding): the worker's key goes,
 * so every name and ID number sealed under it, in every service, is unreadable; the facts stay,
 * so ladders, counts and indicators do not change. Logged for services that derived something.
 */
const erasureRoutes: FastifyPluginAsyncZod<ErasureRoutesOptions> = async (app, { vault, erasures, clock }) => {
  app.post(
    '/v1/workers/:workerId/erasure',
    {
      schema: {
        operationId: 'eraseWorker',
        summary: "Erase a worker's personal data",
        tags: ['workers'],
        params: WorkerParamsSchema,
        body: ErasureBodySchema,
        response: { 200: ErasureAnswerSchema },
      },
      preHandler: authorize({ roles: [] }),
    },
    async (request, reply) => {
      const { workerId } = request.params;
      await vault.erase(workerId);
      const record = await erasures.record(workerId, request.body.reason, clock());
      return reply.code(200).send({ workerId, erasedAt: record.erasedAt });
    },
  );
};

export default erasureRoutes;
