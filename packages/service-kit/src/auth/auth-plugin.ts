import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
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
};

/** Makes token verification available to `authorize`; routes stay public unless they opt in. */
export default fp(authPlugin, { name: 'tianfu-auth', fastify: '5.x' });
