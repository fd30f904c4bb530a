import cors, { type FastifyCorsOptions } from '@fastify/cors';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Any web page may call this route (public verification): CORS open to every origin, no credentials. */
    publicCors?: boolean;
  }
}

const open: FastifyCorsOptions = {
  origin: '*',
  methods: ['GET', 'HEAD', 'POST'],
  allowedHeaders: ['content-type'],
  maxAge: 600,
  // A preflight without Origin gets the same headers rather than @fastify/cors's text/plain 400.
  strictPreflight: false,
};
const closed: FastifyCorsOptions = { origin: false };

const pathOf = (request: FastifyRequest): string => request.url.split('?', 1)[0] ?? request.url;

// A preflight arrives at @fastify/cors's catch-all OPTIONS route: the route it asks about decides.
function isPublic(request: FastifyRequest): boolean {
  if (request.routeOptions.config.publicCors === true) return true;
  const asked = request.headers['access-control-request-method'];
  if (request.method !== 'OPTIONS' || typeof asked !== 'string') return false;
  return request.server.routeTable.configAt(asked.toUpperCase(), pathOf(request))?.publicCors === true;
}

/** CORS only on routes marked `config: { publicCors: true }`; every other route sends no CORS headers. */
const publicCors: FastifyPluginAsync = async (app) => {
  await app.register(cors, {
    delegator: (request, callback) => callback(null, isPublic(request) ? open : closed),
  });
  app.addHook('onSend', async (request, reply) => {
    // Helmet's same-origin resource policy would stop other sites embedding what is meant for them.
    if (request.routeOptions.config.publicCors === true) reply.header('cross-origin-resource-policy', 'cross-origin');
  });
};

export default fp(publicCors, { name: 'tianfu-public-cors', fastify: '5.x', dependencies: ['tianfu-route-table'] });
