import { InsuranceImportSchema } from '@tianfu/contracts';
import { callerOf, type PersonalDataVault } from '@tianfu/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { InsuranceRegister } from '../application/insurance-registry.ts';
import { officeOnly, officeOrSelf } from './access.ts';
import {
  InsuranceParamsSchema,
  InsuranceQuerySchema,
  InsuranceReceiptSchema,
  InsuranceViewSchema,
} from './insurance-schemas.ts';

export interface InsuranceRoutesOptions {
  readonly insurance: InsuranceRegister;
  readonly personalData: Pick<PersonalDataVault, 'identify'>;
}

/** The social-insurance registry's 失业保险 periods (docs/domain.md §7.9): imported by the office, read per worker. */
const insuranceRoutes: FastifyPluginAsyncZod<InsuranceRoutesOptions> = async (app, { insurance, personalData }) => {
  app.post(
    '/v1/insurance',
    {
      schema: {
        operationId: 'importInsurancePeriods',
        summary: "Import the registry's 失业保险 periods: all rows or none; a period already held adds nothing",
        tags: ['insurance'],
        body: InsuranceImportSchema,
        response: { 200: InsuranceReceiptSchema },
      },
      preHandler: officeOnly,
    },
    async (request) => {
      const rows = request.body.rows.map(({ document, insuredSince, insuredUntil }, i) => ({
        row: i + 1,
        workerId: personalData.identify(document).workerId,
        insuredSince,
        insuredUntil: insuredUntil ?? null,
      }));
      return insurance.record(rows, callerOf(request));
    },
  );

  app.get(
    '/v1/workers/:workerId/insurance',
    {
      schema: {
        operationId: 'getWorkerInsurance',
        summary: "Read a worker's 失业保险 periods as the platform holds them, and where they stand on a day",
        tags: ['insurance'],
        params: InsuranceParamsSchema,
        querystring: InsuranceQuerySchema,
        response: { 200: InsuranceViewSchema },
      },
      preHandler: officeOrSelf,
    },
    async (request) => insurance.view(request.params.workerId, request.query),
  );
};

export default insuranceRoutes;
