import { authorize, callerOf } from '@tianfu/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { OrganiserCommands } from '../application/organiser-commands.ts';
import type { OrganiserGrants } from '../domain/organiser-grants.ts';
import { GrantParamsSchema, OrganiserParamsSchema, SetGrantSchema } from './competition-schemas.ts';

export interface OrganiserRoutesOptions {
  readonly organisers: OrganiserCommands;
}

const OrganiserViewSchema = z.object({
  organiserId: z.string(),
  grants: z.array(z.object({ bodyId: z.string(), tiers: z.array(z.string()) })),
});

const organiserView = (organiserId: string, grants: OrganiserGrants) => ({
  organiserId,
  grants: [...grants].map(([bodyId, tiers]) => ({ bodyId, tiers: [...tiers] })),
});

const authority = authorize({ roles: ['admin'] });
const organiserOrAuthority = authorize({ roles: ['competition-organiser'] });

/** The authority registers organisers with the bodies and tiers they may issue through (docs/domain.md §4.1). */
const organiserRoutes: FastifyPluginAsyncZod<OrganiserRoutesOptions> = async (app, { organisers }) => {
  app.put(
    '/v1/organisers/:organiserId/grants/:bodyId',
    {
      schema: { params: GrantParamsSchema, body: SetGrantSchema, response: { 200: OrganiserViewSchema } },
      preHandler: authority,
    },
    async (request) => {
      const { organiserId, bodyId } = request.params;
      const { tiers, reason } = request.body;
      const grants = await organisers.setGrant(organiserId, bodyId, tiers, reason, callerOf(request));
      return organiserView(organiserId, grants);
    },
  );

  app.get(
    '/v1/organisers/:organiserId',
    {
      schema: { params: OrganiserParamsSchema, response: { 200: OrganiserViewSchema } },
      preHandler: organiserOrAuthority,
    },
    async (request) => {
      const { organiserId } = request.params;
      return organiserView(organiserId, await organisers.grantsSeenBy(organiserId, callerOf(request)));
    },
  );
};

export default organiserRoutes;
