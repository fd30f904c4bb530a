import { callerOf, type PersonalDataVault } from '@tianfu/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { InsuranceRegister } from '../application/insurance-registry.ts';
import { officeOnly } from './access.ts';
import { parseInsuranceSheet } from './csv/insurance-sheet.ts';
import { InsuranceReceiptSchema } from './insurance-schemas.ts';

export interface InsuranceSheetRoutesOptions {
  readonly insurance: InsuranceRegister;
  readonly personalData: Pick<PersonalDataVault, 'identify'>;
}

// 10,000 rows of a few columns stay well under this.
const maxSheetBytes = 8 * 1024 * 1024;
const sheetContentTypes = ['text/csv', 'application/csv', 'application/octet-stream'];

/** The registry's sheet of 失业保险 periods, applied whole or not at all. */
const insuranceSheetRoutes: FastifyPluginAsyncZod<InsuranceSheetRoutesOptions> = async (
  app,
  { insurance, personalData },
) => {
  // A sheet is CSV: JSON sent here is 415 like any other type this route does not take.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(sheetContentTypes, { parseAs: 'buffer', bodyLimit: maxSheetBytes }, (_req, body, done) =>
    done(null, body),
  );
  app.post(
    '/v1/insurance.csv',
    {
      schema: {
        operationId: 'uploadInsuranceSheet',
        summary: "Import the registry's sheet of 失业保险 periods: all rows or none, every bad row named with its line",
        tags: ['insurance'],
        body: z.instanceof(Buffer),
        response: { 200: InsuranceReceiptSchema },
      },
      preHandler: officeOnly,
    },
    async (request) => {
      const sheet = parseInsuranceSheet(request.body);
      // The ID number becomes the workerId here and goes no further: not stored, logged or published.
      const rows = sheet.rows.map(({ document, ...period }) => ({
        ...period,
        workerId: personalData.identify(document).workerId,
      }));
      return insurance.record(rows, callerOf(request), sheet.ok ? [] : sheet.problems);
    },
  );
};

export default insuranceSheetRoutes;
