import { authorize, callerOf } from '@tianfu/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { CertificateCommands } from '../application/certificate-commands.ts';
import type { IssuanceCommands } from '../application/issuance-commands.ts';
import { CertificateViewSchema } from './certificate-schemas.ts';
import { certificateView } from './certificate-view.ts';
import { DirectRecognitionSchema, LegacyImportAnswerSchema, LegacyImportSchema } from './issuance-schemas.ts';

export interface IssuanceRoutesOptions {
  readonly issuance: IssuanceCommands;
  readonly certificates: CertificateCommands;
}

const officeOnly = authorize({ roles: ['certificate-office'] });

/** Issuing commands are the certificate office's alone. */
const issuanceRoutes: FastifyPluginAsyncZod<IssuanceRoutesOptions> = async (app, { issuance, certificates }) => {
  app.post(
    '/v1/certificates/direct-recognitions',
    {
      schema: {
        operationId: 'recogniseDirectly',
        summary: 'Issue a certificate by direct recognition',
        tags: ['issuance'],
        body: DirectRecognitionSchema,
        response: { 201: CertificateViewSchema },
      },
      preHandler: officeOnly,
    },
    async (request, reply) => {
      const certificate = await issuance.recogniseDirectly(request.body, callerOf(request));
      return reply.code(201).send(certificateView(await certificates.find(certificate.certificateNo)));
    },
  );

  app.post(
    '/v1/certificates/legacy',
    {
      schema: {
        operationId: 'importLegacyCertificates',
        summary: 'Import legacy 职业资格 certificates',
        tags: ['issuance'],
        body: LegacyImportSchema,
        response: { 200: LegacyImportAnswerSchema },
      },
      preHandler: officeOnly,
    },
    async (request) => ({ items: await issuance.importLegacy(request.body.items, callerOf(request)) }),
  );
};

export default issuanceRoutes;
