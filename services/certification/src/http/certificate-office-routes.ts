import { authorize } from '@tianfu/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { CertificateCommands } from '../application/certificate-commands.ts';
import type { CertificateOfficeReads } from '../application/certificate-office-reads.ts';
import { CertificateParamsSchema } from './certificate-schemas.ts';
import {
  CertificateHistorySchema,
  CertificatePageSchema,
  CertificateRecordSchema,
  CertificateSearchSchema,
} from './certificate-search-schemas.ts';
import { namedView } from './certificate-view.ts';

export interface CertificateOfficeRoutesOptions {
  readonly certificates: Pick<CertificateCommands, 'find'>;
  readonly reads: CertificateOfficeReads;
}

// These answers name the holder in full.
const officeOnly = authorize({ roles: ['certificate-office'] });

/** What the certificate office reads: a certificate, a search over all of them, a certificate's audit trail. */
const certificateOfficeRoutes: FastifyPluginAsyncZod<CertificateOfficeRoutesOptions> = async (
  app,
  { certificates, reads },
) => {
  const params = CertificateParamsSchema;
  const tags = ['certificates'];

  app.get(
    '/v1/certificates/:certificateNo',
    {
      schema: {
        operationId: 'getCertificate',
        summary: 'Read a certificate',
        tags,
        params,
        response: { 200: CertificateRecordSchema },
      },
      preHandler: officeOnly,
    },
    async (request) => namedView(await reads.named(await certificates.find(request.params.certificateNo))),
  );

  app.post(
    '/v1/certificates/search',
    {
      schema: {
        operationId: 'searchCertificates',
        summary: 'Search certificates by holder ID document, body, status, occupation or level',
        tags,
        body: CertificateSearchSchema,
        response: { 200: CertificatePageSchema },
      },
      preHandler: officeOnly,
    },
    async (request) => {
      const { after, limit, ...query } = request.body;
      const page = await reads.search({ query, after: after ?? null, limit });
      return { total: page.total, items: page.records.map(namedView), next: page.next };
    },
  );

  app.get(
    '/v1/certificates/:certificateNo/history',
    {
      schema: {
        operationId: 'getCertificateHistory',
        summary: "Read a certificate's changes, with who made each and why",
        tags,
        params,
        response: { 200: CertificateHistorySchema },
      },
      preHandler: officeOnly,
    },
    async (request) => ({ items: await reads.history(await certificates.find(request.params.certificateNo)) }),
  );
};

export default certificateOfficeRoutes;
