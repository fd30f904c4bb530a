import { authorize } from '@tianfu/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { BodyCommands } from '../application/body-commands.ts';
import type { BodyDirectory } from '../application/body-directory.ts';
import { RegisterPageSchema, RegisterQuerySchema } from './body-schemas.ts';

export interface BodyRegisterRoutesOptions {
  readonly directory: BodyDirectory;
  readonly bodies: BodyCommands;
}

/**
 * The provincial authority's register of bodies (docs/domain.md §2.1): the directory's lines with
 * their supervision reason and revision, for the admin console.
 */
const bodyRegisterRoutes: FastifyPluginAsyncZod<BodyRegisterRoutesOptions> = async (app, { directory, bodies }) => {
  app.get(
    '/v1/bodies',
    {
      schema: {
        operationId: 'listBodies',
        summary: 'List evaluation bodies with their filings and supervision record',
        tags: ['bodies'],
        querystring: RegisterQuerySchema,
        response: { 200: RegisterPageSchema },
      },
      preHandler: authorize({ roles: ['admin'] }),
    },
    async (request) => {
      const page = await directory.page(request.query);
      // A line cached before the reason was kept reads its body from the stream instead.
      const items = await Promise.all(
        page.items.map(async (entry) =>
          entry.statusReason === undefined ? bodies.load(entry.bodyId) : { ...entry, statusReason: entry.statusReason },
        ),
      );
      return { items, next: page.next };
    },
  );
};

export default bodyRegisterRoutes;
