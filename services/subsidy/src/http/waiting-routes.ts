import { chinaDate } from '@tianfu/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { BudgetCommands } from '../application/budget-commands.ts';
import type { ClaimIndex } from '../application/claim-index.ts';
import { waitingClaims } from '../application/waiting-claims.ts';
import { officeOnly } from './access.ts';
import { TotalsParamsSchema, WaitingViewSchema } from './payment-schemas.ts';

export interface WaitingRoutesOptions {
  readonly budgets: BudgetCommands;
  readonly index: ClaimIndex;
  readonly clock: () => Date;
}

/** The queue of approved claims a region's 专账资金 pays in order (docs/domain.md §7.11), for the budget page. */
const waitingRoutes: FastifyPluginAsyncZod<WaitingRoutesOptions> = async (app, { budgets, index, clock }) => {
  app.get(
    '/v1/regions/:region/waiting',
    {
      schema: {
        operationId: 'getWaitingClaims',
        summary:
          "A region's approved claims not yet in a batch, oldest claim first, each marked paid by the budget left or waiting for more",
        tags: ['payments'],
        params: TotalsParamsSchema,
        response: { 200: WaitingViewSchema },
      },
      preHandler: officeOnly,
    },
    async (request) => waitingClaims(index, budgets, request.params.region, chinaDate(clock())),
  );
};

export default waitingRoutes;
