import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import { authorize } from '../auth/authorize.ts';
import { notReady } from '../errors/common-errors.ts';
import { type ReadinessCheck, runReadinessChecks } from './readiness.ts';

export interface OpsRoutesOptions {
  readonly checks: readonly ReadinessCheck[];
  readonly timeoutMs: number;
}

// Kept out of the OpenAPI document: they are for the platform, not for API clients.
const hidden = { schema: { hide: true } };
// Health and readiness are public (load balancers, the start scripts); metrics tell too much
// (routes, volumes, consumer lag) for anyone but the platform's monitoring, which holds an ops token.
const opsOnly = authorize({ roles: ['ops'] });

const opsRoutes: FastifyPluginAsync<OpsRoutesOptions> = async (app, { checks, timeoutMs }) => {
  app.get('/health', hidden, async () => ({ status: 'ok' }));

  app.get('/ready', hidden, async (request) => {
    const outcomes = await runReadinessChecks(checks, timeoutMs, request.log);
    const failing = outcomes.filter((outcome) => outcome.status !== 'ok').map((outcome) => outcome.name);
    if (failing.length > 0) throw notReady(`failing checks: ${failing.join(', ')}`, { failing, checks: outcomes });
    return { status: 'ok', checks: outcomes };
  });

  app.get('/metrics', { ...hidden, preHandler: opsOnly }, async (_request, reply) => {
    const body = await app.metrics.metrics();
    return reply.type(app.metrics.contentType).send(body);
  });
};

/** /health (liveness), /ready (every readiness check), /metrics (Prometheus text, for an `ops` or `admin` token). */
export default fp(opsRoutes, {
  name: 'tianfu-ops-routes',
  fastify: '5.x',
  dependencies: ['tianfu-metrics', 'tianfu-auth'],
});
