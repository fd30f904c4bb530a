import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController, type RawServerDefault } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { DestinationStream, LevelWithSilent } from 'pino';
import type { Registry } from 'prom-client';
import authPlugin, { type AuthOptions } from './auth/auth-plugin.ts';
import type { ErrorMapper } from './errors/error-mapper.ts';
import problemPlugin from './errors/problem-plugin.ts';
import { problemClientErrorHandler } from './http/client-error.ts';
import drainOnClose from './http/drain-on-close.ts';
import openApiPlugin from './http/openapi.ts';
import publicCors from './http/public-cors.ts';
import rateLimitPlugin, { DEFAULT_RATE_LIMIT, type RateLimitDefaults } from './http/rate-limit.ts';
import routeTable from './http/route-table.ts';
import securityHeaders from './http/security-headers.ts';
import type { ServiceApi } from './http/service-api.ts';
import strictQuery from './http/strict-query.ts';
import { createLogger } from './logging/logger.ts';
import requestContextPlugin, {
  bindCorrelationId,
  REQUEST_ID_LOG_LABEL,
  requestIdGenerator,
} from './logging/request-context.ts';
import metricsPlugin, { createMetricsRegistry } from './ops/metrics.ts';
import opsRoutes from './ops/ops-routes.ts';
import { DEFAULT_READINESS_TIMEOUT_MS, type ReadinessCheck } from './ops/readiness.ts';

export type App = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export interface AppOptions {
  readonly service: string;
  /** The service's port, description and tags for its OpenAPI document (a minimal header when not given). */
  readonly api?: ServiceApi;
  readonly version: string;
  readonly logLevel?: LevelWithSilent;
  readonly logDestination?: DestinationStream;
  readonly auth: AuthOptions;
  readonly readinessChecks?: readonly ReadinessCheck[];
  readonly readinessTimeoutMs?: number;
  /** Created (with Node's default metrics) when not given; reachable afterwards as `app.metrics`. */
  readonly metrics?: Registry;
  readonly rateLimit?: RateLimitDefaults;
  /** Largest accepted request body in bytes (fastify's default, 1 MiB, when not given). */
  readonly bodyLimit?: number;
  readonly generateId?: () => string;
  readonly mapError?: ErrorMapper;
  /** Strict-Transport-Security max-age in seconds, for a service reached over TLS; none when 0 or not given. */
  readonly hstsMaxAgeSeconds?: number;
  /**
   * Addresses or CIDR ranges of the proxies (the console) whose X-Forwarded-For names the client:
   * `request.ip`, which rate limits count by, is then the browser's address, not the proxy's. A
   * request from any other address keeps its own address whatever header it sends.
   */
  readonly trustProxy?: readonly string[];
}

/** The fastify app every service builds on; add route plugins to it, then hand it to `runService`. */
export async function createApp(options: AppOptions): Promise<App> {
  const logger: FastifyBaseLogger = createLogger({
    service: options.service,
    version: options.version,
    level: options.logLevel ?? 'info',
    ...(options.logDestination ? { destination: options.logDestination } : {}),
  });
  const app = Fastify({
    loggerInstance: logger,
    genReqId: requestIdGenerator(options.generateId ?? randomUUID),
    logController: new LogController({ requestIdLogLabel: REQUEST_ID_LOG_LABEL }),
    childLoggerFactory: bindCorrelationId,
    clientErrorHandler: problemClientErrorHandler,
    ...(options.bodyLimit === undefined ? {} : { bodyLimit: options.bodyLimit }),
    trustProxy: options.trustProxy?.length ? [...options.trustProxy] : false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // A body is JSON unless a route registers its own parser (CSV sheets); text/plain is 415 like any other type.
  app.removeContentTypeParser('text/plain');

  await app.register(requestContextPlugin);
  await app.register(drainOnClose);
  await app.register(routeTable);
  await app.register(strictQuery);
  await app.register(problemPlugin, { mapError: options.mapError });
  await app.register(securityHeaders, { hstsMaxAgeSeconds: options.hstsMaxAgeSeconds ?? 0 });
  await app.register(publicCors);
  await app.register(metricsPlugin, { registry: options.metrics ?? createMetricsRegistry() });
  await app.register(authPlugin, options.auth);
  await app.register(rateLimitPlugin, options.rateLimit ?? DEFAULT_RATE_LIMIT);
  await app.register(openApiPlugin, {
    service: options.api ?? options.service,
    version: options.version,
    errors: options.mapError?.statuses ?? {},
  });
  await app.register(opsRoutes, {
    checks: options.readinessChecks ?? [],
    timeoutMs: options.readinessTimeoutMs ?? DEFAULT_READINESS_TIMEOUT_MS,
  });
  return app;
}
