import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { VerifyReference } from '../application/reference-verification.ts';
import { verdictPage } from './verdict-page.ts';
import { ReferenceAnswerSchema, ReferenceParamsSchema } from './verify-schemas.ts';

export interface ReferenceRoutesOptions {
  readonly verifyReference: VerifyReference;
  /** Public verifications per client address and minute, as on the other public verify routes. */
  readonly perMinute: number;
}

const wantsHtml = (accept: string | undefined): boolean =>
  accept?.includes('text/html') === true && !accept.includes('application/json');

/** The page is not the JSON the response schema describes: sent as it is, not serialised by that schema. */
const sendPage = (reply: FastifyReply, page: string): FastifyReply =>
  reply
    .type('text/html; charset=utf-8')
    .serializer((body: string) => body)
    .send(page);

/**
 * What a certificate's QR code holds: `/v/<reference>`, short enough for any body name and work
 * type. A browser gets the verdict as a page; `Accept: application/json` gets it as JSON with the
 * signed token, which a verifier may keep and check offline against the JWKS and status lists.
 */
const referenceRoutes: FastifyPluginAsyncZod<ReferenceRoutesOptions> = async (app, { verifyReference, perMinute }) => {
  app.get(
    '/v/:reference',
    {
      schema: {
        operationId: 'openVerificationReference',
        summary: 'Open a short verification link',
        tags: ['verification'],
        params: ReferenceParamsSchema,
        response: { 200: ReferenceAnswerSchema },
      },
      config: { rateLimit: { max: perMinute, timeWindow: 60_000 } },
    },
    async (request, reply) => {
      const answer = await verifyReference(request.params.reference);
      if (wantsHtml(request.headers.accept)) return sendPage(reply, verdictPage(answer));
      return answer;
    },
  );
};

export default referenceRoutes;
