import { ClaimRequestSchema, ClaimReviewSchema } from '@tianfu/contracts';
import { authorize, callerOf, setEtag } from '@tianfu/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ClaimCommands } from '../application/claim-commands.ts';
import { claimView } from '../application/claim-view.ts';
import type { Entitlements } from '../application/entitlements.ts';
import { officeOnly, officeOrSelf } from './access.ts';
import {
  ClaimantParamsSchema,
  ClaimListSchema,
  ClaimParamsSchema,
  ClaimViewSchema,
  EntitlementsQuerySchema,
  EntitlementsViewSchema,
} from './claim-schemas.ts';
import { claimantOf } from './claimant-of.ts';

export interface ClaimRoutesOptions {
  readonly claims: ClaimCommands;
  readonly entitled: Entitlements;
  readonly clock: () => Date;
}

const claimants = authorize({ roles: ['subsidy-office', 'worker', 'training-provider', 'employer'] });

/** 申请 and 审核 of subsidy claims (docs/domain.md §7.10). */
const claimRoutes: FastifyPluginAsyncZod<ClaimRoutesOptions> = async (app, { claims, entitled, clock }) => {
  app.post(
    '/v1/claims',
    {
      schema: {
        operationId: 'makeClaim',
        summary:
          'Make a claim of any kind, judged at once by the rule set in force: approved or referred to a person (201), or refused naming every rule it breaks (422)',
        tags: ['claims'],
        body: ClaimRequestSchema,
        response: { 201: ClaimViewSchema },
      },
      preHandler: claimants,
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const { workerId, claimedOn, claimer } = claimantOf(request.body, caller, clock());
      const { kind, region, certificateNo, classId, apprenticeshipId, agreementYear, stage } = request.body;
      const claimed = {
        workerId,
        kind,
        region,
        claimedOn,
        certificateNo: certificateNo ?? null,
        classId: classId ?? null,
        apprenticeshipId: apprenticeshipId ?? null,
        agreementYear: agreementYear ?? null,
        stage: stage ?? null,
      };
      const { claim, revision } = await claims.claim(claimed, claimer, caller);
      return setEtag(reply.code(201), revision).send(claimView(claim));
    },
  );

  app.get(
    '/v1/workers/:workerId/claims',
    {
      schema: {
        operationId: 'listWorkerClaims',
        summary: "A worker's claims, each with its decision and every rule checked",
        tags: ['claims'],
        params: ClaimantParamsSchema,
        response: { 200: ClaimListSchema },
      },
      preHandler: officeOrSelf,
    },
    async (request) => {
      const { workerId } = request.params;
      return { workerId, claims: (await claims.ofWorker(workerId)).map(claimView) };
    },
  );

  app.get(
    '/v1/workers/:workerId/entitlements',
    {
      schema: {
        operationId: 'getWorkerEntitlements',
        summary:
          'What the worker may still claim today: each certificate judged as a claim today would be, every rule with its clause; nothing recorded',
        tags: ['claims'],
        params: ClaimantParamsSchema,
        querystring: EntitlementsQuerySchema,
        response: { 200: EntitlementsViewSchema },
      },
      preHandler: officeOrSelf,
    },
    async (request) => entitled(request.params.workerId, request.query.region),
  );

  app.get(
    '/v1/workers/:workerId/claims/:claimId',
    {
      schema: {
        operationId: 'getClaim',
        summary: 'One claim with its decision, every rule checked with its clause, and its review',
        tags: ['claims'],
        params: ClaimParamsSchema,
        response: { 200: ClaimViewSchema },
      },
      preHandler: officeOrSelf,
    },
    async (request) => claimView(await claims.one(request.params.workerId, request.params.claimId)),
  );

  app.post(
    '/v1/workers/:workerId/claims/:claimId/review',
    {
      schema: {
        operationId: 'reviewClaim',
        summary: 'Decide a referred claim (manual 审核): approve with its amount, or reject, with the reason',
        tags: ['claims'],
        params: ClaimParamsSchema,
        body: ClaimReviewSchema,
        response: { 200: ClaimViewSchema },
      },
      preHandler: officeOnly,
    },
    async (request, reply) => {
      const { workerId, claimId } = request.params;
      const { outcome, amountFen, reason } = request.body;
      const review = { outcome, amountFen: amountFen ?? null, reason };
      const { claim, revision } = await claims.review(workerId, claimId, review, callerOf(request));
      return setEtag(reply, revision).send(claimView(claim));
    },
  );
};

export default claimRoutes;
