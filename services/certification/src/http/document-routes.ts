import { authorize } from '@tianfu/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { OccupationNameOf } from '../application/catalogue-port.ts';
import type { CertificateCommands } from '../application/certificate-commands.ts';
import type { CertificateRecord } from '../application/certificate-records.ts';
import type { CertificateReferences } from '../application/certificate-references.ts';
import type { HolderNames } from '../application/holder-names.ts';
import { openHolderNames } from '../application/holder-names-opened.ts';
import { publicCertificate } from '../application/verification.ts';
import { certificatePage } from './certificate-page.ts';
import { certificateQrPng, certificateQrSvg } from './certificate-qr.ts';
import { CertificateParamsSchema, QrQuerySchema } from './certificate-schemas.ts';

export interface DocumentRoutesOptions {
  readonly certificates: CertificateCommands;
  readonly references: CertificateReferences;
  readonly names: HolderNames;
  readonly occupationNameOf: OccupationNameOf;
}

// The printed certificate names the holder in full: handed out by the office that prints it.
const officeOnly = authorize({ roles: ['certificate-office'] });

/** The certificate as printed (docs/domain.md §3.1) and its QR code, which holds the short reference (reference-routes.ts). */
const documentRoutes: FastifyPluginAsyncZod<DocumentRoutesOptions> = async (
  app,
  { certificates, references, names, occupationNameOf },
) => {
  const params = CertificateParamsSchema;

  const holderNameOf = async (record: CertificateRecord): Promise<string> =>
    (await openHolderNames(names, [record]))[0] ?? record.holder?.maskedName ?? '*';

  app.get(
    '/v1/certificates/:certificateNo/qr',
    {
      schema: {
        operationId: 'getCertificateQr',
        summary: "Read a certificate's verification QR code (SVG, or PNG with format=png)",
        tags: ['documents'],
        params,
        querystring: QrQuerySchema,
        response: {
          200: {
            description: 'The QR code of the verification link',
            content: {
              'image/svg+xml': { schema: z.string() },
              'image/png': { schema: z.instanceof(Buffer).meta({ type: 'string', format: 'binary' }) },
            },
          },
        },
      },
      preHandler: officeOnly,
    },
    async (request, reply) => {
      const url = await references.url(await certificates.find(request.params.certificateNo));
      if (request.query.format === 'png') return reply.type('image/png').send(await certificateQrPng(url));
      return reply.type('image/svg+xml').send(await certificateQrSvg(url));
    },
  );

  app.get(
    '/v1/certificates/:certificateNo/print',
    {
      schema: {
        operationId: 'printCertificate',
        summary: 'Read a printable certificate page (HTML)',
        tags: ['documents'],
        params,
        response: { 200: { description: 'The page to print', content: { 'text/html': { schema: z.string() } } } },
      },
      preHandler: officeOnly,
    },
    async (request, reply) => {
      const record = await certificates.find(request.params.certificateNo);
      const current = { status: record.status, since: record.revocation?.at ?? null };
      const shown = publicCertificate(record, current, occupationNameOf);
      const html = certificatePage({
        ...shown,
        holderName: await holderNameOf(record),
        idTypeName: null,
        maskedIdNumber: null,
        printSerial: record.printSerial,
        status: record.status,
        qrSvg: await certificateQrSvg(await references.url(record)),
      });
      return reply.type('text/html; charset=utf-8').send(html);
    },
  );
};

export default documentRoutes;
