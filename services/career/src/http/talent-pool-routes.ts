import { Readable } from 'node:stream';
import { authorize, badRequest, type PersonalDataVault, requirePrincipal } from '@tianfu/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { catalogueNames } from '../application/catalogue-names.ts';
import type { CataloguePort } from '../application/catalogue-port.ts';
import { facetNames } from '../application/facet-names.ts';
import type { CareerReadSide } from '../application/read-side.ts';
import { decodeCursor, type TalentPoolFilter } from '../talent-pool/talent-pool-query.ts';
import { scopedRegion } from './region-scope.ts';
import { talentPoolCsv } from './talent-pool-csv.ts';
import {
  TalentPoolCsvQuerySchema,
  type TalentPoolFilterQuery,
  TalentPoolPageSchema,
  TalentPoolQuerySchema,
} from './talent-pool-schemas.ts';
import { maskedNames, poolWorkerView } from './worker-views.ts';

export interface TalentPoolRoutesOptions {
  readonly readSide: () => CareerReadSide;
  readonly vault: PersonalDataVault;
  readonly catalogue: CataloguePort;
}

const hr = authorize({ roles: ['hr'] });

const toFilter = (
  { highSkill, sort: _sort, lang: _lang, ...rest }: TalentPoolFilterQuery & { lang?: string },
  region: string | undefined,
) => ({ ...rest, region, highSkillOnly: highSkill === 'true' }) as TalentPoolFilter;

/** The HR talent pool: search with facets and a cursor, and the same query as CSV. */
const talentPoolRoutes: FastifyPluginAsyncZod<TalentPoolRoutesOptions> = async (
  app,
  { readSide, vault, catalogue },
) => {
  app.get(
    '/v1/talent-pool',
    {
      schema: {
        operationId: 'searchTalentPool',
        summary: 'Search the talent pool',
        tags: ['talent-pool'],
        querystring: TalentPoolQuerySchema,
        response: { 200: TalentPoolPageSchema },
      },
      preHandler: hr,
    },
    async (request) => {
      const { after, limit, explain, ...query } = request.query;
      const position = after === undefined ? null : decodeCursor(after);
      if (after !== undefined && position === null)
        throw badRequest('after must be the `next` cursor of an earlier page', { field: 'after' });
      const filter = toFilter(query, scopedRegion(requirePrincipal(request), query.region));
      const { index } = readSide();
      const page = index.pool.search(
        { filter, sort: query.sort, after: position, limit },
        index.regionOf,
        index.classOf,
      );
      const names = await maskedNames(
        vault,
        page.entries.map((e) => e.summary),
      );
      const named = catalogueNames(catalogue);
      return {
        total: page.total,
        facets: page.facets,
        facetNames: facetNames(page.facets, named),
        next: page.next,
        items: page.entries.map((entry, i) => poolWorkerView(entry, names[i] ?? null, index, named)),
        // As a database's explain would: which index served the query and how many workers it examined.
        ...(explain === 'true' ? { plan: page.plan } : {}),
      };
    },
  );

  app.get(
    '/v1/talent-pool.csv',
    {
      schema: {
        operationId: 'exportTalentPool',
        summary: 'Export a talent-pool search as CSV',
        tags: ['talent-pool'],
        querystring: TalentPoolCsvQuerySchema,
        response: {
          200: {
            description: 'The matching workers, one a row, as an attachment',
            content: { 'text/csv': { schema: z.instanceof(Readable).meta({ type: 'string' }) } },
          },
        },
      },
      preHandler: hr,
    },
    async (request, reply) => {
      const filter = toFilter(request.query, scopedRegion(requirePrincipal(request), request.query.region));
      const { index } = readSide();
      const matches = index.pool.allMatches(filter, request.query.sort, index.regionOf, index.classOf);
      reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="talent-pool.csv"');
      return Readable.from(talentPoolCsv(matches, index, vault, catalogueNames(catalogue), request.query.lang));
    },
  );
};

export default talentPoolRoutes;
