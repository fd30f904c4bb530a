import { authorize, callerOf } from '@tianfu/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { CertificateCommands } from '../application/certificate-commands.ts';
import {
  CertificateParamsSchema,
  CertificateViewSchema,
  RevokeSchema,
  StatusChangeSchema,
} from './certificate-schemas.ts';
import { certificateView } from './certificate-view.ts';

export interface CertificateRoutesOptions {
  readonly certificates: CertificateCommands;
}

const officeOnly = authorize({ roles: ['certificate-office'] });

const statusRoutes = {
  suspend: 'Suspend a certificate',
  reinstate: 'Reinstate a suspended certificate',
  reissue: 'Reissue a certificate (a new print serial)',
} as const;

/** The certificate office's status commands; its reads are certificate-office-routes.ts. */
const certificateRoutes: FastifyPluginAsyncZod<CertificateRoutesOptions> = async (app, { certificates }) => {
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
