import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { CertificateRegister } from '../application/certificate-register.ts';
import { officeOnly, officeOrSelf } from './access.ts';
import {
  CertificateParamsSchema,
  CertificateRecordSchema,
  WorkerCertificatesSchema,
  WorkerParamsSchema,
} from './certificate-schemas.ts';

export interface CertificateRoutesOptions {
  readonly certificates: CertificateRegister;
}

/** The certificates a claim is judged on, as certification published them (docs/domain.md §7.9). */
const certificateRoutes: FastifyPluginAsyncZod<CertificateRoutesOptions> = async (app, { certificates }) => {
  app.get(
    '/v1/certificates/:certificateNo',
    {
      schema: {
        operationId: 'getCertificateFacts',
        summary: 'Read a certificate as a claim is judged on it: holder, occupation, level, issue date, status',
        tags: ['certificates'],
        params: CertificateParamsSchema,
        response: { 200: CertificateRecordSchema },
      },
      preHandler: officeOnly,
    },
    async (request) => certificates.byNumber(request.params.certificateNo),
  );

  app.get(
    '/v1/workers/:workerId/certificates',
    {
      schema: {
        operationId: 'listWorkerCertificateFacts',
        summary: "List a worker's certificates as claims are judged on them, whatever their status",
        tags: ['certificates'],
        params: WorkerParamsSchema,
        response: { 200: WorkerCertificatesSchema },
      },
      preHandler: officeOrSelf,
    },
    async (request) => {
      const { workerId } = request.params;
      return { workerId, items: await certificates.ofWorker(workerId) };
    },
  );
};

export default certificateRoutes;
