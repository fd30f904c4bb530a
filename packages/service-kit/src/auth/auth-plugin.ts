import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import { isAuthorizeHook } from './authorize.ts';
import type { Principal } from './principal.ts';
import { createTokenVerifier, type TokenVerifier, type TokenVerifierOptions } from './verify-token.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by `authorize(...)`; null on public routes. */
    principal: Principal | null;
  }
  interface FastifyInstance {
    verifyToken: TokenVerifier;
  }
}

export type AuthOptions = TokenVerifierOptions;

const authPlugin: FastifyPluginAsync<AuthOptions> = async (app, options) => {
  app.decorate('verifyToken', createTokenVerifier(options));
  app.decorateRequest('principal', null);
  // Token and role are judged first, on onRequest: without them a 400 would already tell a stranger
  // which params, bodies and queries a route takes.
  app.addHook('onRoute', (route) => {
    const guard = [route.preHandler ?? []].flat().find(isAuthorizeHook);
    if (guard) route.onRequest = [guard.admit, ...[route.onRequest ?? []].flat()];
  });
};

/** Makes token verification available to `authorize`; routes stay public unless they opt in. */
export default fp(authPlugin, { name: 'tianfu-auth', fastify: '5.x' });
