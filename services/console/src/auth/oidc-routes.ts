import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { isSignInFailure, type OidcSignIn } from './oidc-exchange.ts';

const CodeExchangeSchema = z.strictObject({
  callback: z.string().max(4096),
  state: z.string().min(1).max(200),
  codeVerifier: z.string().regex(/^[A-Za-z0-9._~-]{43,128}$/, 'a PKCE code verifier (RFC 7636 §4.1)'),
  nonce: z.string().min(1).max(200),
});

const problem = (reply: FastifyReply, status: number, code: string, detail: string, errors: object[] = []) =>
  reply
    .code(status)
    .type('application/problem+json')
    .send({ type: 'about:blank', title: status === 400 ? 'Bad Request' : 'Bad Gateway', status, code, detail, errors });

/**
 * Sign-in with the identity provider (docs/adr/0011-console-sign-in.md): what the browser needs to
 * leave for the provider, and the exchange of the code it brings back for a token the services accept.
 */
export function oidcRoutes(app: FastifyInstance, oidc: OidcSignIn): void {
  const answer = async (reply: FastifyReply, work: () => Promise<unknown>) => {
    try {
      return await work();
    } catch (error) {
      if (!isSignInFailure(error)) throw error;
      // The whole reason goes to the log for the operator; the browser is told which step failed.
      reply.log.warn({ reason: error.message }, 'sign-in failed');
      return problem(reply, error.status, error.code, error.message);
    }
  };
  app.get('/auth/oidc/provider', async (_request, reply) => answer(reply, () => oidc.provider()));
  app.post('/auth/oidc/token', async (request, reply) => {
    const body = CodeExchangeSchema.safeParse(request.body);
    if (!body.success) {
      const errors = body.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message }));
      return problem(reply, 400, 'VALIDATION_FAILED', 'callback, state, codeVerifier and nonce', errors);
    }
    return answer(reply, () => oidc.exchange(body.data));
  });
}
