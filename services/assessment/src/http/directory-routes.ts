import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { BodyDirectory } from '../application/body-directory.ts';
import { BodyViewSchema, DirectoryQuerySchema } from './body-schemas.ts';

export interface DirectoryRoutesOptions {
  readonly directory: BodyDirectory;
}

const DirectoryEntrySchema = BodyViewSchema.omit({ statusReason: true, revision: true });

/** The public directory of registered bodies and what each may assess (no token needed). */
const directoryRoutes: FastifyPluginAsyncZod<DirectoryRoutesOptions> = async (app, { directory }) => {
  app.get(
    '/v1/directory/bodies',
    {
      schema: {
        operationId: 'listDirectoryBodies',
        summary: 'List evaluation bodies in the public directory',
        tags: ['directory'],
        querystring: DirectoryQuerySchema,
        response: { 200: z.object({ items: z.array(DirectoryEntrySchema) }) },
      },
    },
    async (request) => ({ items: await directory.list(request.query) }),
  );
};

export default directoryRoutes;
