import type { PersonalDataPort } from '@tianfu/service-kit';
import { callerOf } from '@tianfu/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { CompetitionCommands } from '../application/competition-commands.ts';
import type { Ran } from '../application/competition-streams.ts';
import {
  CompetitionParamsSchema,
  ConfirmSchema,
  ContestEventParamsSchema,
  CorrectResultSchema,
  PublishResultsSchema,
} from './competition-schemas.ts';
import { contestEventWithPeople } from './competition-views.ts';
import { organiserOnly } from './organiser-only.ts';
import { ContestEventViewSchema } from './view-schemas.ts';

export interface ResultRoutesOptions {
  readonly competitions: CompetitionCommands;
  readonly personalData: PersonalDataPort;
}

const response = { 200: ContestEventViewSchema };

/** Results once per contest event, corrections with a reason before 核准, and the confirmation. */
const resultRoutes: FastifyPluginAsyncZod<ResultRoutesOptions> = async (app, { competitions, personalData }) => {
  const viewOf = ({ competition }: Ran, contestEventId: string) => {
    const contestEvent = competition.contestEvents.get(contestEventId);
    if (contestEvent === undefined) throw new Error(`contest event ${contestEventId} vanished`);
    return contestEventWithPeople(contestEvent, personalData);
  };

  app.post(
    '/v1/competitions/:competitionId/results',
    {
      schema: {
        operationId: 'publishResults',
        summary: "Publish a contest event's results",
        tags: ['results'],
        params: CompetitionParamsSchema,
        body: PublishResultsSchema,
        response,
      },
      preHandler: organiserOnly,
    },
    async (request) => {
      const { contestEventId, results } = request.body;
      const ran = await competitions.publish(request.params.competitionId, contestEventId, results, callerOf(request));
      return viewOf(ran, contestEventId);
    },
  );

  app.post(
    '/v1/competitions/:competitionId/results/:contestEventId/corrections',
    {
      schema: {
        operationId: 'correctResults',
        summary: "Correct a contest event's results",
        tags: ['results'],
        params: ContestEventParamsSchema,
        body: CorrectResultSchema,
        response,
      },
      preHandler: organiserOnly,
    },
    async (request) => {
      const { competitionId, contestEventId } = request.params;
      const { entrantId, ...correction } = request.body;
      const ran = await competitions.correct(competitionId, contestEventId, entrantId, correction, callerOf(request));
      return viewOf(ran, contestEventId);
    },
  );

  app.post(
    '/v1/competitions/:competitionId/confirm',
    {
      schema: {
        operationId: 'confirmResults',
        summary: "Confirm (核准) a competition's results",
        tags: ['results'],
        params: CompetitionParamsSchema,
        body: ConfirmSchema,
        response,
      },
      preHandler: organiserOnly,
    },
    async (request) => {
      const { contestEventId, confirmedOn } = request.body;
      const { competitionId } = request.params;
      const ran = await competitions.confirm(competitionId, contestEventId, confirmedOn ?? null, callerOf(request));
      return viewOf(ran, contestEventId);
    },
  );
};

export default resultRoutes;
