import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { isOperationalError } from '../errors/operational-error.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The registry /metrics serves; other packages register their metrics (consumer lag…) here. */
    metrics: Registry;
  }
}

export const HTTP_DURATION_METRIC = 'http_request_duration_seconds';
/** Infrastructure faults by code: any increase is for the operators (alert on rate > 0). */
export const OPERATIONAL_ERRORS_METRIC = 'operational_errors_total';

/** A registry with Node's default metrics; pass it to createApp and to whatever else reports metrics. */
export function createMetricsRegistry(): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return registry;
}

// Reused when several apps share one registry (tests do), since a name can be registered only once.
function httpDuration(registry: Registry): Histogram<'method' | 'route' | 'status_code'> {
  const existing = registry.getSingleMetric(HTTP_DURATION_METRIC);
  if (existing instanceof Histogram) return existing;
  return new Histogram({
    name: HTTP_DURATION_METRIC,
    help: 'HTTP request duration in seconds, by method, route pattern and status code',
    labelNames: ['method', 'route', 'status_code'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
}

function operationalErrors(registry: Registry): Counter<'code'> {
  const existing = registry.getSingleMetric(OPERATIONAL_ERRORS_METRIC);
  if (existing instanceof Counter) return existing;
  return new Counter({
    name: OPERATIONAL_ERRORS_METRIC,
    help: 'Infrastructure faults (operational errors) answered with 503, by code',
    labelNames: ['code'],
    registers: [registry],
  });
}

export interface MetricsOptions {
  readonly registry: Registry;
}

const metricsPlugin: FastifyPluginAsync<MetricsOptions> = async (app, { registry }) => {
  const histogram = httpDuration(registry);
  const faults = operationalErrors(registry);
  app.decorate('metrics', registry);
  app.addHook('onError', async (_request, _reply, error) => {
    if (isOperationalError(error)) faults.inc({ code: error.code });
  });
  app.addHook('onResponse', async (request, reply) => {
    // The route pattern, never the raw URL: ids in paths would explode the label set.
    const route = request.routeOptions.url ?? 'unmatched';
    const labels = { method: request.method, route, status_code: String(reply.statusCode) };
    histogram.observe(labels, reply.elapsedTime / 1000);
  });
};

export default fp(metricsPlugin, { name: 'tianfu-metrics', fastify: '5.x' });
