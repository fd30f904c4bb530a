import { callerOf } from '@tianfu/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { CompetitionCommands } from '../application/competition-commands.ts';
import { CompetitionParamsSchema, RegisterEntrantSchema } from './competition-schemas.ts';
import { entrantView } from './competition-views.ts';
import { organiserOnly } from './organiser-only.ts';
import { EntrantViewSchema } from './view-schemas.ts';

export interface EntrantRoutesOptions {
  readonly competitions: CompetitionCommands;
}

/** Entering workers in a contest event: ID numbers come in the body and go back only masked. */
const entrantRoutes: FastifyPluginAsyncZod<EntrantRoutesOptions> = async (app, { competitions }) => {
  app.post(
    '/v1/competitions/:competitionId/entrants',
    {
      schema: {
        operationId: 'registerEntrant',
        summary: 'Register an entrant',
        tags: ['entrants'],
        params: CompetitionParamsSchema,
        body: RegisterEntrantSchema,
        response: { 201: EntrantViewSchema },
      },
      preHandler: organiserOnly,
    },
    async (request, reply) => {
      const { entrant, name, maskedIdNumber } = await competitions.enter(
        request.params.competitionId,
        request.body,
        callerOf(request),
      );
      const people = new Map([[entrant.workerId, { name, maskedIdNumber }]]);
      return reply.code(201).send(entrantView(entrant, people));
    },
  );
};

export default entrantRoutes;
