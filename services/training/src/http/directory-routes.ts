import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ProviderDirectory } from '../application/provider-directory.ts';
import { DirectoryPageSchema, DirectoryQuerySchema } from './training-schemas.ts';

export interface DirectoryRoutesOptions {
  readonly directory: ProviderDirectory;
}

/** The public directory of listed providers (目录清单, docs/domain.md §7.1): no token needed. */
const directoryRoutes: FastifyPluginAsyncZod<DirectoryRoutesOptions> = async (app, { directory }) => {
  app.get(
    '/v1/directory/providers',
    {
      schema: {
        operationId: 'listDirectoryProviders',
        summary: 'List listed training providers by region, item, kind and grade',
        tags: ['directory'],
        querystring: DirectoryQuerySchema,
        response: { 200: DirectoryPageSchema },
      },
    },
    async (request) => directory.page(request.query),
  );
};

export default directoryRoutes;
