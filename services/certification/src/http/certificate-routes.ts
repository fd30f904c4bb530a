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

const statusRoutes = ['suspend', 'reinstate', 'reissue'] as const;

/** The certificate office's status commands. */
const certificateRoutes: FastifyPluginAsyncZod<CertificateRoutesOptions> = async (app, { certificates }) => {
  const params = CertificateParamsSchema;
  const response = { 200: CertificateViewSchema };

  app.get(
    '/v1/certificates/:certificateNo',
    { schema: { params, response }, preHandler: officeOnly },
    async (request) => certificateView(await certificates.find(request.params.certificateNo)),
  );

  app.post(
    '/v1/certificates/:certificateNo/revoke',
    { schema: { params, body: RevokeSchema, response }, preHandler: officeOnly },
    async (request) =>
      certificateView(await certificates.revoke(request.params.certificateNo, request.body, callerOf(request))),
  );

  for (const action of statusRoutes) {
    app.post(
      `/v1/certificates/:certificateNo/${action}`,
      { schema: { params, body: StatusChangeSchema, response }, preHandler: officeOnly },
      async (request) =>
        certificateView(await certificates[action](request.params.certificateNo, request.body, callerOf(request))),
    );
  }
};

export default certificateRoutes;
