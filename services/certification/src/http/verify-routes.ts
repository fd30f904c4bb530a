import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Verifier } from '../application/verification.ts';
import { TokenSchema, VerificationAnswerSchema, VerifyRequestSchema } from './verify-schemas.ts';

export interface VerifyRoutesOptions {
  readonly verifier: Verifier;
  /** Public verifications per client address and minute (429 with Retry-After beyond). */
  readonly perMinute: number;
}

/**
 * Public verification: a wrong name answers exactly like an unknown number, so the
 * endpoint cannot be used to learn who holds a certificate. Employers verify in batches
 * (batch-verify-routes.ts).
 */
const verifyRoutes: FastifyPluginAsyncZod<VerifyRoutesOptions> = async (app, { verifier, perMinute }) => {
  const rateLimit = { max: perMinute, timeWindow: 60_000 };
  // Any web page may verify (CORS open); the employers' batch stays same-origin.
  const publicCors = true;

  app.post(
    '/v1/verify',
    {
      schema: {
        operationId: 'verifyCertificate',
        summary: 'Verify a certificate by number and holder name',
        tags: ['verification'],
        body: VerifyRequestSchema,
        response: { 200: VerificationAnswerSchema },
      },
      config: { rateLimit, publicCors },
    },
    async (request) => verifier.verify(request.body),
  );

  // The QR code's URL: the token is the signed credential, so no name is asked for.
  app.get(
    '/v1/verify/token',
    {
      schema: {
        operationId: 'verifyTokenByQuery',
        summary: 'Verify a QR token given in the query',
        tags: ['verification'],
        querystring: TokenSchema,
        response: { 200: VerificationAnswerSchema },
      },
      config: { rateLimit, publicCors },
    },
    async (request) => verifier.verifyToken(request.query.token),
  );

  app.post(
    '/v1/verify/token',
    {
      schema: {
        operationId: 'verifyToken',
        summary: 'Verify a QR token',
        tags: ['verification'],
        body: TokenSchema,
        response: { 200: VerificationAnswerSchema },
      },
      config: { rateLimit, publicCors },
    },
    async (request) => verifier.verifyToken(request.body.token),
  );
};

export default verifyRoutes;
