import { IssueVoucherSchema } from '@tianfu/contracts';
import { callerOf, type PersonalDataVault } from '@tianfu/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { voucherView } from '../application/roster-views.ts';
import type { VoucherCommands } from '../application/voucher-commands.ts';
import { officeOnly } from './access.ts';
import { VoucherParamsSchema, VoucherViewSchema } from './roster-schemas.ts';

export interface VoucherRoutesOptions {
  readonly vouchers: VoucherCommands;
  readonly personalData: Pick<PersonalDataVault, 'identify'>;
}

/** 职业培训券 (docs/domain.md §7.3): the office issues them; they are redeemed by enrolling with one. */
const voucherRoutes: FastifyPluginAsyncZod<VoucherRoutesOptions> = async (app, { vouchers, personalData }) => {
  app.post(
    '/v1/vouchers',
    {
      schema: {
        operationId: 'issueVoucher',
        summary: 'Issue a training voucher to a worker for a kind of training (the same issue again is a no-op)',
        tags: ['vouchers'],
        body: IssueVoucherSchema,
        response: { 201: VoucherViewSchema },
      },
      preHandler: officeOnly,
    },
    async (request, reply) => {
      const { document, ...voucher } = request.body;
      const { workerId } = personalData.identify(document);
      const issued = await vouchers.issue({ ...voucher, workerId }, callerOf(request));
      return reply.code(201).send(voucherView(issued));
    },
  );

  app.get(
    '/v1/vouchers/:voucherId',
    {
      schema: {
        operationId: 'getVoucher',
        summary: 'Read a training voucher and what it was redeemed for',
        tags: ['vouchers'],
        params: VoucherParamsSchema,
        response: { 200: VoucherViewSchema },
      },
      preHandler: officeOnly,
    },
    async (request) => voucherView(await vouchers.load(request.params.voucherId)),
  );
};

export default voucherRoutes;
