import type { FastifyReply, FastifyRequest } from 'fastify';
import { forbidden, unauthenticated } from '../errors/common-errors.ts';
import type { Principal, Role } from './principal.ts';

export interface AuthorizeRule {
  /** Roles that may call the route; `admin` always may. */
  readonly roles: readonly Role[];
  /** Whether the token's scope (bodyId, region) covers this request; not asked for `admin`. */
  readonly scope?: (principal: Principal, request: FastifyRequest) => boolean | Promise<boolean>;
}

export type AuthorizeHook = ((request: FastifyRequest, reply: FastifyReply) => Promise<void>) & {
  readonly rule: AuthorizeRule;
  /** Token and role only, for onRequest: a caller without the right token learns nothing from validation. */
  readonly admit: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
};

const challenge = (request: FastifyRequest): string =>
  request.headers.authorization === undefined
    ? 'Bearer realm="tianfu-skills"'
    : 'Bearer realm="tianfu-skills", error="invalid_token"';

async function authenticate(request: FastifyRequest, reply: FastifyReply): Promise<Principal> {
  try {
    return await request.server.verifyToken(request.headers.authorization);
  } catch (error) {
    reply.header('www-authenticate', challenge(request));
    throw error;
  }
}

/**
 * A preHandler: `preHandler: authorize({ roles: ['assessment-body'], scope: (p, req) => … })`. The auth
 * plugin also runs its `admit` (token, role) on every guarded route's onRequest, before the request is
 * validated; the scope, which may read validated params, is judged here.
 */
export function authorize(rule: AuthorizeRule): AuthorizeHook {
  const requiredRoles = [...rule.roles];
  const admit = async (request: FastifyRequest, reply: FastifyReply): Promise<Principal> => {
    const principal = await authenticate(request, reply);
    request.principal = principal;
    if (principal.role !== 'admin' && !rule.roles.includes(principal.role)) {
      throw forbidden(`requires one of the roles: ${requiredRoles.join(', ')}`, { requiredRoles });
    }
    return principal;
  };
  const hook = async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const principal = request.principal ?? (await admit(request, reply));
    if (principal.role === 'admin') return;
    if (rule.scope && !(await rule.scope(principal, request))) {
      throw forbidden(`the ${principal.role} token's scope does not cover this resource`, { requiredRoles });
    }
  };
  return Object.assign(hook, {
    rule,
    admit: async (request: FastifyRequest, reply: FastifyReply) => {
      await admit(request, reply);
    },
  });
}

export const isAuthorizeHook = (hook: unknown): hook is AuthorizeHook =>
  typeof hook === 'function' && 'rule' in hook && 'admit' in hook;

/** The principal of a route guarded by `authorize`; throws if the route forgot the guard. */
export function requirePrincipal(request: FastifyRequest): Principal {
  if (request.principal === null) throw unauthenticated('a Bearer token is required');
  return request.principal;
}
