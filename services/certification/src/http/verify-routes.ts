import { authorize } from '@tianfu/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Verifier } from '../application/verification.ts';
import {
  TokenSchema,
  VerificationAnswerSchema,
  VerifyBatchAnswerSchema,
  VerifyBatchSchema,
  VerifyRequestSchema,
} from './verify-schemas.ts';

export interface VerifyRoutesOptions {
  readonly verifier: Verifier;
  /** Public verifications per client address and minute (429 with Retry-After beyond). */
  readonly perMinute: number;
}

/**
 * Public verification (issue #4): a wrong name answers exactly like an unknown number, so the
 * endpoint cannot be used to learn who holds a certificate. Employers verify in batches.
 */
const verifyRoutes: FastifyPluginAsyncZod<VerifyRoutesOptions> = async (app, { verifier, perMinute }) => {
  const rateLimit = { max: perMinute, timeWindow: 60_000 };
  // Any web page may verify (CORS open); the employers' batch stays same-origin.
  const publicCors = true;

  app.post(
    '/v1/verify',
    {
      schema: { body: VerifyRequestSchema, response: { 200: VerificationAnswerSchema } },
      config: { rateLimit, publicCors },
    },
    async (request) => verifier.verify(request.body),
  );

  app.post(
    '/v1/verify/batch',
    {
      schema: { body: VerifyBatchSchema, response: { 200: VerifyBatchAnswerSchema } },
      preHandler: authorize({ roles: ['employer'] }),
    },
    async (request) => ({ items: await verifier.verifyMany(request.body.items) }),
  );

  // The QR code's URL: the token is the signed credential, so no name is asked for.
  app.get(
    '/v1/verify/token',
    {
      schema: { querystring: TokenSchema, response: { 200: VerificationAnswerSchema } },
      config: { rateLimit, publicCors },
    },
    async (request) => verifier.verifyToken(request.query.token),
  );

  app.post(
    '/v1/verify/token',
    { schema: { body: TokenSchema, response: { 200: VerificationAnswerSchema } }, config: { rateLimit, publicCors } },
    async (request) => verifier.verifyToken(request.body.token),
  );
};

export default verifyRoutes;
