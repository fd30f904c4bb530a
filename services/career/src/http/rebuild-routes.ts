import { authorize } from '@tianfu/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { CareerRebuild } from '../application/rebuild/career-rebuild.ts';
import { registerRebuildMetrics } from '../application/rebuild/rebuild-metrics.ts';

const adminOnly = authorize({ roles: [] });

/**
 * The rebuild command, admin only: 202 with the set being built, 409 while one runs;
 * its progress here and on `/metrics`.
 */
const rebuildRoutes: FastifyPluginAsyncZod<{ rebuild: CareerRebuild }> = async (app, { rebuild }) => {
  registerRebuildMetrics(app.metrics, rebuild.progress);
  app.post(
    '/v1/admin/rebuild',
    {
      schema: {
        operationId: 'startRebuild',
        summary: 'Start rebuilding the read models from the topics',
        tags: ['admin'],
      },
      preHandler: adminOnly,
    },
    async (_request, reply) => reply.code(202).send(await rebuild.start(app.log)),
  );
  app.get(
    '/v1/admin/rebuild',
    {
      schema: { operationId: 'getRebuild', summary: "Read the rebuild's progress", tags: ['admin'] },
      preHandler: adminOnly,
    },
    async () => rebuild.progress(),
  );
};

export default rebuildRoutes;
