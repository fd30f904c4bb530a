import { honourCatalogue, isNamedAfterMaster, RegisterBaseSchema, type WorkerId } from '@tianfu/contracts';
import type { PersonalDataPort } from '@tianfu/service-kit';
import { authorize, callerOf } from '@tianfu/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { TalentCommands } from '../application/talent-commands.ts';
import {
  GrantHonourSchema,
  GrantParamsSchema,
  GrantViewSchema,
  HonourCatalogueSchema,
  ReasonSchema,
} from './talent-schemas.ts';
import { grantView } from './talent-views.ts';

export interface TalentRoutesOptions {
  readonly talent: TalentCommands;
  readonly personalData: PersonalDataPort;
}

const talentOffice = authorize({ roles: ['talent-office'] });

/**
 * A master studio is named after its master (…技能大师工作室): its name is sealed under the master's
 * key like the master's own name, so erasing the master leaves no trace of it. Other bases keep it in clear.
 */
async function baseName(
  personalData: PersonalDataPort,
  base: { readonly kind: string; readonly masterWorkerId: WorkerId | null },
  name: string,
) {
  if (!isNamedAfterMaster(base) || base.masterWorkerId === null) return { name, sealedName: null };
  const [sealedName] = await personalData.sealNames([{ workerId: base.masterWorkerId, name }]);
  if (sealedName === undefined) throw new Error('the vault sealed no name');
  return { name: null, sealedName };
}

/** The talent office's honours (docs/domain.md §4.2) and bases (§5.3). */
const talentRoutes: FastifyPluginAsyncZod<TalentRoutesOptions> = async (app, { talent, personalData }) => {
  app.get(
    '/v1/honours/catalogue',
    {
      schema: {
        operationId: 'listHonours',
        summary: 'List the honours that can be granted',
        tags: ['honours'],
        response: { 200: HonourCatalogueSchema },
      },
    },
    async () => ({ items: honourCatalogue }),
  );

  app.post(
    '/v1/honours/grants',
    {
      schema: {
        operationId: 'grantHonour',
        summary: 'Grant an honour',
        tags: ['honours'],
        body: GrantHonourSchema,
        response: { 201: GrantViewSchema },
      },
      preHandler: talentOffice,
    },
    async (request, reply) => {
      const { document, name, ...grant } = request.body;
      const { workerId, maskedIdNumber } = personalData.identify(document);
      const [holderName] = await personalData.sealNames([{ workerId, name }]);
      const granted = await talent.grant(
        { ...grant, workerId, holderName: holderName ?? null, source: { kind: 'decision' } },
        callerOf(request),
      );
      return reply.code(201).send(grantView(granted, maskedIdNumber));
    },
  );

  app.post(
    '/v1/honours/grants/:grantId/revoke',
    {
      schema: {
        operationId: 'revokeHonour',
        summary: 'Revoke an honour grant',
        tags: ['honours'],
        params: GrantParamsSchema,
        body: ReasonSchema,
        response: { 200: GrantViewSchema },
      },
      preHandler: talentOffice,
    },
    async (request) =>
      grantView(await talent.revokeGrant(request.params.grantId, request.body.reason, callerOf(request)), null),
  );

  app.post(
    '/v1/bases',
    {
      schema: {
        operationId: 'registerBase',
        summary: 'Register a master studio or skills base',
        tags: ['bases'],
        body: RegisterBaseSchema,
        response: { 201: z.object({ baseId: z.string() }) },
      },
      preHandler: talentOffice,
    },
    async (request, reply) => {
      const { master, members, name, ...base } = request.body;
      const masterWorkerId = master === null ? null : personalData.identify(master.document).workerId;
      const memberWorkerIds = members.map((m) => personalData.identify(m.document).workerId);
      const named = await baseName(personalData, { kind: base.kind, masterWorkerId }, name);
      const data = { ...base, ...named, masterWorkerId, memberWorkerIds };
      const registered = await talent.registerBase(data, callerOf(request));
      return reply.code(201).send({ baseId: registered.baseId });
    },
  );
};

export default talentRoutes;
