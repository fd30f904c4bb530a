import { authorize } from '@tianfu/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CareerRebuild } from '../application/rebuild/career-rebuild.ts';
import { registerRebuildMetrics } from '../application/rebuild/rebuild-metrics.ts';

const adminOnly = authorize({ roles: [] });

const RebuildViewSchema = z.object({
  state: z.enum(['idle', 'replaying', 'catching-up', 'done', 'failed']),
  set: z.string().nullable(),
  startedAt: z.iso.datetime().nullable(),
  events: z.number().int(),
  total: z.number().int().meta({ description: 'every partition up to its high watermark at the start' }),
  invalid: z.number().int().meta({ description: 'messages that broke their contract, left out' }),
  eventsPerSecond: z.number(),
  lag: z.number().int(),
  finishedAt: z.iso.datetime().nullable(),
  error: z.string().nullable(),
});

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
        response: { 202: RebuildViewSchema },
      },
      preHandler: adminOnly,
    },
    async (_request, reply) => reply.code(202).send(await rebuild.start(app.log)),
  );
  app.get(
    '/v1/admin/rebuild',
    {
      schema: {
        operationId: 'getRebuild',
        summary: "Read the rebuild's progress",
        tags: ['admin'],
        response: { 200: RebuildViewSchema },
      },
      preHandler: adminOnly,
    },
    async () => rebuild.progress(),
  );
};

export default rebuildRoutes;
