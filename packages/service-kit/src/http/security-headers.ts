import helmet from '@fastify/helmet';
import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';

export interface SecurityHeadersOptions {
  /** Strict-Transport-Security max-age; 0 (the default) sends none, for a service not behind TLS. */
  readonly hstsMaxAgeSeconds?: number;
}

// What the only HTML we serve (the printed certificate, the /docs UI) needs: its own scripts, inline
// styles and inline or data: images; nothing may frame it.
const contentSecurityPolicy = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    imgSrc: ["'self'", 'data:'],
    objectSrc: ["'none'"],
    scriptSrc: ["'self'"],
    scriptSrcAttr: ["'none'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
  },
};

/**
 * Helmet's headers on every answer (nosniff, CSP, Referrer-Policy: no-referrer; HSTS when
 * configured), and `Cache-Control: no-store` on every answer whose route set no cache policy of its
 * own: most answers carry personal data (certificates, ladders, CSV exports), so caching is opt-in.
 */
const securityHeaders: FastifyPluginAsync<SecurityHeadersOptions> = async (app, { hstsMaxAgeSeconds = 0 }) => {
  await app.register(helmet, {
    contentSecurityPolicy,
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: hstsMaxAgeSeconds > 0 ? { maxAge: hstsMaxAgeSeconds, includeSubDomains: true } : false,
  });
  app.addHook('onSend', async (_request, reply) => {
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });
};

export default fp(securityHeaders, { name: 'tianfu-security-headers', fastify: '5.x' });
