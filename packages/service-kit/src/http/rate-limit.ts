import rateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import { rateLimited } from '../errors/common-errors.ts';

export interface RateLimitDefaults {
  /** Requests per window and client address, for routes that opt in without their own numbers. */
  readonly max: number;
  /** Milliseconds, or a duration such as '1 minute'. */
  readonly timeWindow: number | string;
}

export const DEFAULT_RATE_LIMIT: RateLimitDefaults = { max: 60, timeWindow: '1 minute' };

const rateLimitPlugin: FastifyPluginAsync<RateLimitDefaults> = async (app, { max, timeWindow }) => {
  await app.register(rateLimit, {
    global: false,
    max,
    timeWindow,
    errorResponseBuilder: (_request, context) =>
      rateLimited(`rate limit exceeded, retry in ${context.after}`, {
        retryAfterSeconds: Math.ceil(context.ttl / 1000),
      }),
  });
};

/**
 * Public routes opt in with `config: { rateLimit: {} }` (the defaults) or `config: { rateLimit: { max, timeWindow } }`;
 * a limited client gets 429 problem+json with Retry-After.
 */
export default fp(rateLimitPlugin, { name: 'tianfu-rate-limit', fastify: '5.x' });
