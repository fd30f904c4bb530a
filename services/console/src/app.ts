import Fastify, { type FastifyInstance } from 'fastify';
import { apiProxy, credentialDocuments } from './api-proxy.ts';
import type { OidcSignIn } from './auth/oidc-exchange.ts';
import { oidcRoutes } from './auth/oidc-routes.ts';
import type { Upstream } from './config.ts';
import { devSignIn } from './dev-sign-in.ts';
import { securityHeaders } from './security-headers.ts';
import { webPages } from './web-pages.ts';

export interface ConsoleAppOptions {
  readonly upstreams: Record<Upstream, string>;
  /** The built front end (index.html and assets/). */
  readonly webRoot: string;
  /** The services' development token secret; development sign-in exists only when it is given. */
  readonly devTokenSecret?: string;
  /** Sign-in with the identity provider (production); never given with a development secret. */
  readonly oidc?: OidcSignIn;
  readonly logLevel?: string;
}

/** The console: one origin for the browser, serving the front end and forwarding `/api/<service>/…`. */
export async function buildConsoleApp(options: ConsoleAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: options.logLevel ?? 'info',
      // A query may carry what a person typed (a certificate number, a name): the log keeps the path only.
      serializers: { req: (request) => ({ method: request.method, path: request.url.split('?')[0] }) },
    },
    trustProxy: false,
  });
  securityHeaders(app);
  app.get('/health', async () => ({ status: 'ok' }));
  app.get('/ready', async () => ({ status: 'ready' }));
  app.get('/console/settings', async () => ({
    devSignIn: options.devTokenSecret !== undefined,
    oidcSignIn: options.oidc !== undefined,
  }));
  if (options.devTokenSecret !== undefined) devSignIn(app, options.devTokenSecret);
  if (options.oidc !== undefined) oidcRoutes(app, options.oidc);
  await apiProxy(app, options.upstreams);
  await credentialDocuments(app, options.upstreams.certification);
  await webPages(app, options.webRoot, options.upstreams.certification);
  return app;
}
