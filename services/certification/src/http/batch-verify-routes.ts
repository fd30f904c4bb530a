import { authorize, rateLimited, requirePrincipal } from '@tianfu/service-kit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { BatchQuota } from '../application/batch-quota.ts';
import type { MissWatch } from '../application/miss-watch.ts';
import type { Verifier } from '../application/verification.ts';
import { batchMetrics } from './batch-metrics.ts';
import { VerifyBatchAnswerSchema, VerifyBatchSchema } from './verify-schemas.ts';

export interface BatchVerifyRoutesOptions {
  readonly verifier: Verifier;
  readonly quota: BatchQuota;
  readonly watch: MissWatch;
}

/**
 * Employers verify up to 1,000 pairs a request, rate-limited by items per token and per
 * employer body, so the batch cannot enumerate numbers at speed; a token whose pairs mostly
 * miss is logged at warn and counted (tianfu_verify_batch_miss_alerts_total).
 */
const batchVerifyRoutes: FastifyPluginAsyncZod<BatchVerifyRoutesOptions> = async (app, { verifier, quota, watch }) => {
  const metrics = batchMetrics(app.metrics);

  // Runs after validation, so the body is a VerifyBatchSchema.
  const withinQuota = async (request: FastifyRequest, reply: FastifyReply) => {
    const { sub, bodyId } = requirePrincipal(request);
    const { items } = request.body as { readonly items: readonly unknown[] };
    const decision = quota.take({ token: sub, body: bodyId }, items.length);
    if (decision.ok) return;
    reply.header('retry-after', String(decision.retryAfterSeconds));
    throw rateLimited(`batch verification limit reached, retry in ${decision.retryAfterSeconds} s`, {
      retryAfterSeconds: decision.retryAfterSeconds,
    });
  };

  app.post(
    '/v1/verify/batch',
    {
      schema: {
        operationId: 'verifyBatch',
        summary: 'Verify a batch of certificates',
        tags: ['verification'],
        body: VerifyBatchSchema,
        response: { 200: VerifyBatchAnswerSchema },
      },
      preHandler: [authorize({ roles: ['employer'] }), withinQuota],
    },
    async (request) => {
      const items = await verifier.verifyMany(request.body.items);
      const misses = items.filter((answer) => answer.result === 'not-found').length;
      for (const answer of items) metrics.items.inc({ result: answer.result });
      const { sub, bodyId } = requirePrincipal(request);
      const alert = watch.record(sub, items.length, misses);
      if (alert !== null) {
        metrics.missAlerts.inc();
        request.log.warn(
          { token: sub, bodyId, items: alert.items, misses: alert.misses },
          'batch verification mostly misses: possible enumeration of certificate numbers',
        );
      }
      return { items };
    },
  );
};

export default batchVerifyRoutes;
