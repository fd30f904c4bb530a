import proxy from '@fastify/http-proxy';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Upstream } from './config.ts';

/** The parts of a service the browser may reach: its versioned API, verification links and signing keys. */
const FORWARDED_PATHS = /^\/(v1\/|v\/|\.well-known\/jwks\.json$)/;

const notForwarded = (service: string, path: string) => ({
  type: 'about:blank',
  title: 'Not Found',
  status: 404,
  detail: `the console forwards only /v1/…, /v/… and /.well-known/jwks.json of ${service}, not ${path}`,
});

/**
 * `/api/<service>/…` goes to the service as it is, with the caller's bearer token and address
 * (X-Forwarded-For, which the services trust from this proxy only), so the browser talks to one origin.
 */
/**
 * Certification's public documents at the console's own origin, which is the platform's public origin
 * (PUBLIC_BASE_URL): the status lists and signing keys a credential names by URL.
 */
export async function credentialDocuments(app: FastifyInstance, certificationUrl: string): Promise<void> {
  for (const prefix of ['/v1/status-lists', '/.well-known/jwks.json']) {
    await app.register(proxy, {
      upstream: certificationUrl,
      prefix,
      rewritePrefix: prefix,
      httpMethods: ['GET', 'HEAD'],
    });
  }
}

export async function apiProxy(app: FastifyInstance, upstreams: Record<Upstream, string>): Promise<void> {
  for (const [service, upstream] of Object.entries(upstreams)) {
    const prefix = `/api/${service}`;
    await app.register(proxy, {
      upstream,
      prefix,
      rewritePrefix: '',
      preHandler: async (request: FastifyRequest, reply) => {
        const path = request.url.slice(prefix.length).split('?')[0] ?? '';
        if (!FORWARDED_PATHS.test(path)) {
          await reply.code(404).type('application/problem+json').send(notForwarded(service, path));
        }
      },
      replyOptions: {
        rewriteRequestHeaders: (request, headers) => {
          const { cookie: _cookie, ...rest } = headers;
          return { ...rest, 'x-forwarded-for': request.ip };
        },
      },
    });
  }
}
