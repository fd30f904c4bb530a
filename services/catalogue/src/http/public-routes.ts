import { newOccupationsOf, searchOccupations } from '@tianfu/catalogue-view';
import { OccupationCodeSchema } from '@tianfu/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CatalogueCommands } from '../application/catalogue-commands.ts';
import { currentOccupation } from '../application/catalogue-reads.ts';
import { setEtag } from './caller.ts';
import {
  OccupationSummarySchema,
  OccupationViewSchema,
  occupationSummary,
  occupationView,
  SpecialAbilityViewSchema,
} from './catalogue-views.ts';

export interface PublicRoutesOptions {
  readonly catalogue: CatalogueCommands;
}

const SearchQuerySchema = z.object({
  code: z
    .string()
    .regex(/^[1-8](?:-\d{0,2}){0,3}$/, 'a code prefix is the start of a 大典 code, e.g. 6-31 or 6-31-01-0')
    .optional(),
  q: z.string().trim().min(1).max(50).optional(),
  includeRetired: z.stringbool().default(false),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

const revalidate = 'public, max-age=60, must-revalidate';

/**
 * Public answers are the catalogue at one revision: the ETag names it, a client sending it back in
 * If-None-Match gets 304, and caches may keep an answer a minute.
 */
function notModified(request: FastifyRequest, reply: FastifyReply, revision: number): boolean {
  setEtag(reply, revision).header('cache-control', revalidate);
  const sent = request.headers['if-none-match'];
  if (sent === undefined || !sent.split(',').some((tag) => tag.trim().replace(/^W\//, '') === `"${revision}"`))
    return false;
  reply.code(304).send();
  return true;
}

/** Anyone reads the catalogue: search, one occupation with its standards, 新职业 by year, 专项职业能力. */
const publicRoutes: FastifyPluginAsyncZod<PublicRoutesOptions> = async (app, { catalogue }) => {
  app.get(
    '/v1/occupations',
    {
      schema: {
        querystring: SearchQuerySchema,
        response: { 200: z.object({ items: z.array(OccupationSummarySchema) }) },
      },
    },
    async (request, reply) => {
      const { revision, state } = await catalogue.current();
      if (notModified(request, reply, revision)) return reply;
      const { code, q, includeRetired, limit } = request.query;
      const hits = searchOccupations(state, {
        ...(code === undefined ? {} : { codePrefix: code }),
        ...(q === undefined ? {} : { name: q }),
        includeRetired,
        limit,
      });
      return { items: hits.map((hit) => occupationSummary(hit.occupation, hit.matchedWorkTypes)) };
    },
  );

  app.get(
    '/v1/occupations/:code',
    { schema: { params: z.object({ code: OccupationCodeSchema }), response: { 200: OccupationViewSchema } } },
    async (request, reply) => {
      const { revision, state, occupation } = await currentOccupation(catalogue, request.params.code);
      if (notModified(request, reply, revision)) return reply;
      return occupationView(state, occupation);
    },
  );

  app.get(
    '/v1/new-occupations',
    {
      schema: {
        querystring: z.object({ year: z.coerce.number().int().min(2004).max(2100) }),
        response: { 200: z.object({ items: z.array(OccupationSummarySchema) }) },
      },
    },
    async (request, reply) => {
      const { revision, state } = await catalogue.current();
      if (notModified(request, reply, revision)) return reply;
      return { items: newOccupationsOf(state, request.query.year).map((o) => occupationSummary(o)) };
    },
  );

  app.get(
    '/v1/special-abilities',
    { schema: { response: { 200: z.object({ items: z.array(SpecialAbilityViewSchema) }) } } },
    async (request, reply) => {
      const { revision, state } = await catalogue.current();
      if (notModified(request, reply, revision)) return reply;
      return { items: [...state.specialAbilities.values()].sort((a, b) => (a.code < b.code ? -1 : 1)) };
    },
  );
};

export default publicRoutes;
