import {
  AgreeApprenticeshipSchema,
  CompleteApprenticeshipSchema,
  RecordApprenticeshipProgressSchema,
  TerminateApprenticeshipSchema,
} from '@tianfu/contracts';
import { authorize, callerOf, type PersonalDataVault } from '@tianfu/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { ApprenticeshipCommands, ApprenticeshipRecord } from '../application/apprenticeship-commands.ts';
import type { ApprenticeshipLine } from '../application/apprenticeship-list.ts';
import { apprenticeshipView } from '../application/apprenticeship-view.ts';
import { officeOnly, ownedRecordReaders, providerOrOffice } from './access.ts';
import {
  ApprenticeshipListSchema,
  ApprenticeshipParamsSchema,
  ApprenticeshipsQuerySchema,
  ApprenticeshipViewSchema,
  ProviderApprenticeshipsQuerySchema,
} from './apprenticeship-schemas.ts';
import { ProviderParamsSchema } from './training-schemas.ts';

export interface ApprenticeshipRoutesOptions {
  readonly apprenticeships: ApprenticeshipCommands;
  readonly personalData: PersonalDataVault;
}

/** A provider agrees apprenticeships for itself only; the office for any provider. */
const agreeing = authorize({
  roles: ['training-provider', 'training-office'],
  scope: (principal, request) =>
    principal.role !== 'training-provider' ||
    principal.providerId === (request.body as { providerId?: unknown } | undefined)?.providerId,
});

/** A change to an agreement: its body, the agreement's view back; whose it is, the command checks. */
const changeOptions = <S extends z.ZodType>(body: S, operationId: string, summary: string) => ({
  schema: {
    operationId,
    summary,
    tags: ['apprenticeships'],
    params: ApprenticeshipParamsSchema,
    body,
    response: { 200: ApprenticeshipViewSchema },
  },
  preHandler: ownedRecordReaders,
});

/** 企业新型学徒制 agreements (docs/domain.md §7.6): the provider's and the training office's, one by one and listed. */
const apprenticeshipRoutes: FastifyPluginAsyncZod<ApprenticeshipRoutesOptions> = async (
  app,
  { apprenticeships, personalData },
) => {
  app.post(
    '/v1/apprenticeships',
    {
      schema: {
        operationId: 'agreeApprenticeship',
        summary: 'Record an apprenticeship agreement (企业新型学徒制)',
        tags: ['apprenticeships'],
        body: AgreeApprenticeshipSchema,
        response: { 201: ApprenticeshipViewSchema },
      },
      preHandler: agreeing,
    },
    async (request, reply) => {
      const record = await apprenticeships.agree(request.body, callerOf(request));
      return reply.code(201).send(await apprenticeshipView(personalData, record));
    },
  );

  const listed = async (lines: Promise<readonly ApprenticeshipLine[]>) => ({
    items: (await lines).map(({ _id, ...line }) => line),
  });
  app.get(
    '/v1/providers/:providerId/apprenticeships',
    {
      schema: {
        operationId: 'listProviderApprenticeships',
        summary: "List a provider's apprenticeship agreements, the latest-starting first",
        tags: ['apprenticeships'],
        params: ProviderParamsSchema,
        querystring: ProviderApprenticeshipsQuerySchema,
        response: { 200: ApprenticeshipListSchema },
      },
      preHandler: providerOrOffice,
    },
    (request) =>
      listed(apprenticeships.list({ ...request.query, providerId: request.params.providerId }, callerOf(request))),
  );
  app.get(
    '/v1/apprenticeships',
    {
      schema: {
        operationId: 'listApprenticeships',
        summary: "The training office's list of apprenticeship agreements, by provider, employer and status",
        tags: ['apprenticeships'],
        querystring: ApprenticeshipsQuerySchema,
        response: { 200: ApprenticeshipListSchema },
      },
      preHandler: officeOnly,
    },
    (request) => listed(apprenticeships.list(request.query, callerOf(request))),
  );

  app.get(
    '/v1/apprenticeships/:apprenticeshipId',
    {
      schema: {
        operationId: 'getApprenticeship',
        summary: 'Read an apprenticeship agreement and its progress',
        tags: ['apprenticeships'],
        params: ApprenticeshipParamsSchema,
        response: { 200: ApprenticeshipViewSchema },
      },
      preHandler: ownedRecordReaders,
    },
    async (request) => {
      const record = await apprenticeships.load(request.params.apprenticeshipId, callerOf(request));
      return apprenticeshipView(personalData, record);
    },
  );

  const view = async (record: Promise<ApprenticeshipRecord>) => apprenticeshipView(personalData, await record);
  app.post(
    '/v1/apprenticeships/:apprenticeshipId/progress',
    changeOptions(
      RecordApprenticeshipProgressSchema,
      'recordApprenticeshipProgress',
      'Record a dated step of progress',
    ),
    (request) => view(apprenticeships.progress(request.params.apprenticeshipId, request.body, callerOf(request))),
  );
  app.post(
    '/v1/apprenticeships/:apprenticeshipId/complete',
    changeOptions(CompleteApprenticeshipSchema, 'completeApprenticeship', 'Complete it: the 学徒工 step of the ladder'),
    (request) => view(apprenticeships.complete(request.params.apprenticeshipId, request.body, callerOf(request))),
  );
  app.post(
    '/v1/apprenticeships/:apprenticeshipId/terminate',
    changeOptions(TerminateApprenticeshipSchema, 'terminateApprenticeship', 'Terminate it with the reason'),
    (request) => view(apprenticeships.terminate(request.params.apprenticeshipId, request.body, callerOf(request))),
  );
};

export default apprenticeshipRoutes;
