import { authorize, callerOf } from '@tianfu/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { CaseRevocations } from '../application/case-revocations.ts';
import type { CertificateCommands } from '../application/certificate-commands.ts';
import {
  CaseRevocationResultSchema,
  CaseRevocationSchema,
  CertificateParamsSchema,
  CertificateViewSchema,
  RevokeSchema,
  StatusChangeSchema,
} from './certificate-schemas.ts';
import { certificateView } from './certificate-view.ts';

export interface CertificateRoutesOptions {
  readonly certificates: CertificateCommands;
  readonly revocations: CaseRevocations;
}

const officeOnly = authorize({ roles: ['certificate-office'] });

const statusRoutes = {
  suspend: 'Suspend a certificate',
  reinstate: 'Reinstate a suspended certificate',
  reissue: 'Reissue a certificate (a new print serial)',
} as const;

/** The certificate office's status commands; its reads are certificate-office-routes.ts. */
const certificateRoutes: FastifyPluginAsyncZod<CertificateRoutesOptions> = async (
  app,
  { certificates, revocations },
) => {
  const params = CertificateParamsSchema;
  const response = { 200: CertificateViewSchema };
  const tags = ['certificates'];

  app.post(
    '/v1/certificates/:certificateNo/revoke',
    {
      schema: {
        operationId: 'revokeCertificate',
        summary: 'Revoke a certificate (final)',
        tags,
        params,
        body: RevokeSchema,
        response,
      },
      preHandler: officeOnly,
    },
    async (request) =>
      certificateView(await certificates.revoke(request.params.certificateNo, request.body, callerOf(request))),
  );

  app.post(
    '/v1/revocations',
    {
      schema: {
        operationId: 'revokeByCase',
        summary:
          "Revoke a supervision case's certificates — a list of numbers or an exam session's — each with the case and reason; run again, it revokes only what is left",
        tags,
        body: CaseRevocationSchema,
        response: { 200: CaseRevocationResultSchema },
      },
      preHandler: officeOnly,
    },
    async (request) => {
      const { caseRef, reason, note, certificateNos, sessionId } = request.body;
      // The schema takes exactly one of the two.
      const target = sessionId === undefined ? { certificateNos: certificateNos ?? [] } : { sessionId };
      return revocations.revoke({ caseRef, reason, note, target }, callerOf(request));
    },
  );

  for (const [action, summary] of Object.entries(statusRoutes) as [keyof typeof statusRoutes, string][]) {
    app.post(
      `/v1/certificates/:certificateNo/${action}`,
      {
        schema: { operationId: `${action}Certificate`, summary, tags, params, body: StatusChangeSchema, response },
        preHandler: officeOnly,
      },
      async (request) =>
        certificateView(await certificates[action](request.params.certificateNo, request.body, callerOf(request))),
    );
  }
};

export default certificateRoutes;
