import { chinaDate } from '@tianfu/contracts';
import { callerOf, validationFailed } from '@tianfu/service-kit';
import { csvCell } from '@tianfu/sheets';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { batchLines } from '../application/batch-lines.ts';
import type { BudgetCommands } from '../application/budget-commands.ts';
import type { ClaimIndex } from '../application/claim-index.ts';
import { claimView } from '../application/claim-view.ts';
import type { PaymentCommands } from '../application/payment-commands.ts';
import { regionTotals } from '../application/region-totals.ts';
import type { PaymentBatch } from '../domain/payment-batch.ts';
import { officeOnly } from './access.ts';
import { ClaimViewSchema } from './claim-schemas.ts';
import {
  AllocateBudgetSchema,
  AssembleBatchSchema,
  BatchParamsSchema,
  BatchViewSchema,
  BudgetViewSchema,
  ClawBackParamsSchema,
  ClawBackSchema,
  ConfirmPaidSchema,
  TotalsParamsSchema,
  TotalsQuerySchema,
  TotalsViewSchema,
} from './payment-schemas.ts';

export interface PaymentRoutesOptions {
  readonly payments: PaymentCommands;
  readonly budgets: BudgetCommands;
  readonly index: ClaimIndex;
  readonly clock: () => Date;
}

const batchView = (batch: NonNullable<PaymentBatch>) => {
  const { lines, totalFen } = batchLines(batch);
  return {
    batchId: batch.assembled.batchId,
    region: batch.assembled.region,
    day: batch.assembled.day,
    lines,
    totalFen,
    dropped: batch.dropped.map(({ claimId, reason, at }) => ({ claimId, reason, at })),
    assembledAt: batch.assembled.assembledAt,
    paidOn: batch.paid?.paidOn ?? null,
  };
};

const notAfterToday = (field: string, day: string, now: Date) => {
  const today = chinaDate(now);
  if (day > today) {
    const message = `${field} is a day up to today, ${today}`;
    throw validationFailed(message, { errors: [{ field, rule: 'not_in_future', message }] });
  }
};

/**
 * The bank's file of a batch (UTF-8 with a BOM, so Excel reads the Chinese header): one line per
 * claim it pays in fen, then the count and the total the bank checks against the lines.
 */
function bankFile(batch: NonNullable<PaymentBatch>): string {
  const header = ['序号', '申请编号', '收款方', '人员编号', '金额(分)'];
  const payable = batchLines(batch);
  const lines = payable.lines.map((l, i) => [String(i + 1), l.claimId, l.payee, l.workerId, String(l.amountFen)]);
  const total = ['合计', String(payable.lines.length), '', '', String(payable.totalFen)];
  return `\uFEFF${[header, ...lines, total].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** 拨付 and 追回 (docs/domain.md §7.11): batches per region and day, the bank's confirmation, clawbacks, region totals. */
const paymentRoutes: FastifyPluginAsyncZod<PaymentRoutesOptions> = async (app, { payments, budgets, index, clock }) => {
  app.post(
    '/v1/batches',
    {
      schema: {
        operationId: 'assembleBatch',
        summary: "Assemble a region's payment batch of a day from its approved claims; asked again, the same batch",
        tags: ['payments'],
        body: AssembleBatchSchema,
        response: { 201: BatchViewSchema },
      },
      preHandler: officeOnly,
    },
    async (request, reply) => {
      const { region, day } = request.body;
      notAfterToday('day', day, clock());
      return reply.code(201).send(batchView(await payments.assemble(region, day, callerOf(request))));
    },
  );

  app.get(
    '/v1/batches/:batchId',
    {
      schema: {
        operationId: 'getBatch',
        summary: 'A payment batch: its lines in fen, its total, and the day it was paid',
        tags: ['payments'],
        params: BatchParamsSchema,
        response: { 200: BatchViewSchema },
      },
      preHandler: officeOnly,
    },
    async (request) => batchView(await payments.read(request.params.batchId)),
  );

  app.get(
    '/v1/batches/:batchId/lines.csv',
    {
      schema: {
        operationId: 'getBatchFile',
        summary: "The batch as the paying bank's CSV: one line per claim in fen, the count and total last",
        tags: ['payments'],
        params: BatchParamsSchema,
        response: { 200: z.string() },
      },
      preHandler: officeOnly,
    },
    async (request, reply) => {
      const batch = await payments.read(request.params.batchId);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${batch.assembled.batchId}.csv"`)
        .send(bankFile(batch));
    },
  );

  app.post(
    '/v1/batches/:batchId/paid',
    {
      schema: {
        operationId: 'confirmBatchPaid',
        summary: 'Confirm the bank paid the batch: each claim paid once, however often it is confirmed',
        tags: ['payments'],
        params: BatchParamsSchema,
        body: ConfirmPaidSchema,
        response: { 200: BatchViewSchema },
      },
      preHandler: officeOnly,
    },
    async (request) => {
      notAfterToday('paidOn', request.body.paidOn, clock());
      return batchView(await payments.confirmPaid(request.params.batchId, request.body.paidOn, callerOf(request)));
    },
  );

  app.post(
    '/v1/workers/:workerId/claims/:claimId/clawback',
    {
      schema: {
        operationId: 'clawBackClaim',
        summary: 'Claw back a paid claim (追回) with the reason and the case that decided it',
        tags: ['payments'],
        params: ClawBackParamsSchema,
        body: ClawBackSchema,
        response: { 200: ClaimViewSchema },
      },
      preHandler: officeOnly,
    },
    async (request) => {
      const { workerId, claimId } = request.params;
      const { claim } = await payments.clawBack(workerId, claimId, request.body, callerOf(request));
      return claimView(claim);
    },
  );

  app.get(
    '/v1/regions/:region/totals',
    {
      schema: {
        operationId: 'getRegionTotals',
        summary: "A region's subsidies of a year by kind and month: approved, paid and clawed back, in fen",
        tags: ['payments'],
        params: TotalsParamsSchema,
        querystring: TotalsQuerySchema,
        response: { 200: TotalsViewSchema },
      },
      preHandler: officeOnly,
    },
    async (request) => {
      const { region } = request.params;
      const { year } = request.query;
      const [approved, budget, unbatched] = await Promise.all([
        index.approvedIn(region, year),
        budgets.standing(region, year),
        index.unbatched(region, chinaDate(clock())),
      ]);
      const waiting = {
        claims: unbatched.length,
        amountFen: unbatched.reduce((sum, c) => sum + (c.amountFen ?? 0), 0),
      };
      return { region, year, budget, waiting, months: regionTotals(approved) };
    },
  );

  app.post(
    '/v1/regions/:region/budgets',
    {
      schema: {
        operationId: 'allocateBudget',
        summary:
          "Allocate money to a region's 专账资金 of a year; one budget document once; approved claims waiting are paid in order",
        tags: ['payments'],
        params: TotalsParamsSchema,
        body: AllocateBudgetSchema,
        response: { 201: BudgetViewSchema },
      },
      preHandler: officeOnly,
    },
    async (request, reply) => {
      const allocation = { region: request.params.region, ...request.body };
      return reply.code(201).send(await budgets.allocate(allocation, callerOf(request)));
    },
  );
};

export default paymentRoutes;
