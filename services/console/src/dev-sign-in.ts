import { devPrincipal, signToken } from '@tianfu/service-kit';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';

const DevTokenRequestSchema = z.object({
  role: z.string().min(1),
  scope: z.string().max(64).optional(),
});

const problem = (status: number, detail: string, errors: ReadonlyArray<{ field: string; message: string }>) => ({
  type: 'about:blank',
  title: 'Bad Request',
  status,
  detail,
  errors,
});

/**
 * Development sign-in: a token for a chosen role and scope, signed with the services' shared
 * development secret. main.ts registers it only outside production, where no such secret exists.
 */
export function devSignIn(app: FastifyInstance, secret: string): void {
  app.post('/auth/dev-token', async (request, reply) => {
    const body = DevTokenRequestSchema.safeParse(request.body);
    if (!body.success) {
      const errors = body.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message }));
      return reply
        .code(400)
        .type('application/problem+json')
        .send(problem(400, 'role and scope', errors));
    }
    const result = devPrincipal(body.data.role, body.data.scope);
    if (!result.ok) {
      return reply
        .code(400)
        .type('application/problem+json')
        .send(problem(400, 'the role or scope', result.issues));
    }
    return { token: await signToken({ secret, principal: result.principal }) };
  });
}
