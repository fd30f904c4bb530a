import type { PersonalDataPort } from '@tianfu/service-kit';
import { callerOf, requirePrincipal } from '@tianfu/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { CompetitionCommands } from '../application/competition-commands.ts';
import type { CompetitionList } from '../application/competition-list.ts';
import {
  CompetitionListQuerySchema,
  CompetitionParamsSchema,
  RegisterCompetitionSchema,
} from './competition-schemas.ts';
import { competitionView } from './competition-views.ts';
import { organiserOnly } from './organiser-only.ts';
import { CompetitionListSchema, CompetitionViewSchema } from './view-schemas.ts';

export interface CompetitionRoutesOptions {
  readonly competitions: CompetitionCommands;
  readonly personalData: PersonalDataPort;
  readonly list: CompetitionList;
}

/** Registering a competition, listing them and reading one back (docs/architecture.md "Public API"). */
const competitionRoutes: FastifyPluginAsyncZod<CompetitionRoutesOptions> = async (
  app,
  { competitions, personalData, list },
) => {
  app.get(
    '/v1/competitions',
    {
      schema: {
        operationId: 'listCompetitions',
        summary: 'List the competitions an organiser registered',
        tags: ['competitions'],
        querystring: CompetitionListQuerySchema,
        response: { 200: CompetitionListSchema },
      },
      preHandler: organiserOnly,
    },
    async (request) => {
      const { role, sub } = requirePrincipal(request);
      // An organiser sees its own competitions only, as with every other route; the authority all.
      const organiser = role === 'admin' ? undefined : sub;
      const lines = await list.find({ organiser, year: request.query.year });
      return { items: lines.map(({ _id, revision: _revision, ...line }) => line) };
    },
  );

  app.post(
    '/v1/competitions',
    {
      schema: {
        operationId: 'registerCompetition',
        summary: 'Register a competition',
        tags: ['competitions'],
        body: RegisterCompetitionSchema,
        response: { 201: CompetitionViewSchema },
      },
      preHandler: organiserOnly,
    },
    async (request, reply) => {
      const { competition, revision } = await competitions.register(request.body, callerOf(request));
      return reply.code(201).send(await competitionView(competition, revision, personalData));
    },
  );

  app.get(
    '/v1/competitions/:competitionId',
    {
      schema: {
        operationId: 'getCompetition',
        summary: 'Read a competition',
        tags: ['competitions'],
        params: CompetitionParamsSchema,
        response: { 200: CompetitionViewSchema },
      },
      preHandler: organiserOnly,
    },
    async (request) => {
      const { competition, revision } = await competitions.load(request.params.competitionId, callerOf(request));
      return competitionView(competition, revision, personalData);
    },
  );
};

export default competitionRoutes;
