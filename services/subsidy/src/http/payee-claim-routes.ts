import { authorize } from '@tianfu/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ClaimIndex, ClaimIndexDocument } from '../application/claim-index.ts';
import {
  EmployerClaimListSchema,
  EmployerParamsSchema,
  ProviderClaimListSchema,
  ProviderParamsSchema,
} from './payee-claim-schemas.ts';

export interface PayeeClaimRoutesOptions {
  readonly index: ClaimIndex;
}

const pathParam = (request: { params: unknown }, name: string): string | undefined =>
  (request.params as Record<string, string | undefined>)[name];

/** A provider's claims: the provider itself, or the subsidy office. */
const providerOrOffice = authorize({
  roles: ['subsidy-office', 'training-provider'],
  scope: (principal, request) =>
    principal.role !== 'training-provider' || principal.providerId === pathParam(request, 'providerId'),
});

/** An employer's claims: that employer (its token's credit code), or the subsidy office. */
const employerOrOffice = authorize({
  roles: ['subsidy-office', 'employer'],
  scope: (principal, request) =>
    principal.role !== 'employer' || principal.employerCode === pathParam(request, 'creditCode'),
});

const line = ({ _id, revision, providerId, employerCode, ...claim }: ClaimIndexDocument) => ({
  claimId: _id,
  ...claim,
});

/**
 * The claims paid to or made by a provider (项目制 training) or an employer (新型学徒制) (docs/domain.md
 * §7.10); each still counts as its worker's, whom it names.
 */
const payeeClaimRoutes: FastifyPluginAsyncZod<PayeeClaimRoutesOptions> = async (app, { index }) => {
  app.get(
    '/v1/providers/:providerId/claims',
    {
      schema: {
        operationId: 'listProviderClaims',
        summary: "A provider's claims: 职业培训补贴 for its 项目制 classes, paid to it, each counted as its worker's",
        tags: ['claims'],
        params: ProviderParamsSchema,
        response: { 200: ProviderClaimListSchema },
      },
      preHandler: providerOrOffice,
    },
    async (request) => {
      const { providerId } = request.params;
      return { providerId, claims: (await index.ofParty({ providerId })).map(line) };
    },
  );

  app.get(
    '/v1/employers/:creditCode/claims',
    {
      schema: {
        operationId: 'listEmployerClaims',
        summary: "An employer's claims: 新型学徒制补贴 for its apprentices, paid to it, each counted as its worker's",
        tags: ['claims'],
        params: EmployerParamsSchema,
        response: { 200: EmployerClaimListSchema },
      },
      preHandler: employerOrOffice,
    },
    async (request) => {
      const { creditCode } = request.params;
      return { creditCode, claims: (await index.ofParty({ employerCode: creditCode })).map(line) };
    },
  );
};

export default payeeClaimRoutes;
