import { authorize } from '@tianfu/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { CatalogueCommands, CatalogueResult } from '../application/catalogue-commands.ts';
import { callerOf, setEtag } from './caller.ts';
import { GroupViewSchema, SpecialAbilityViewSchema } from './catalogue-views.ts';
import {
  AddGroupSchema,
  AddSpecialAbilitySchema,
  AmendGroupSchema,
  AmendSpecialAbilitySchema,
  GroupParamsSchema,
  RetireSchema,
  SpecialAbilityParamsSchema,
} from './entry-schemas.ts';

export interface GroupAndAbilityRoutesOptions {
  readonly catalogue: CatalogueCommands;
}

const admin = authorize({ roles: ['admin'] });

const held = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new Error(`${what} vanished after a command on it`);
  return value;
};
const groupOf = (result: CatalogueResult, code: string) => held(result.state.groups.get(code), `group ${code}`);
const abilityOf = (result: CatalogueResult, code: string) =>
  held(result.state.specialAbilities.get(code), `专项职业能力 ${code}`);

/** The authority's 大典 groups (大类, 中类, 小类) and 专项职业能力 考核规范, one at a time. */
const groupAndAbilityRoutes: FastifyPluginAsyncZod<GroupAndAbilityRoutesOptions> = async (app, { catalogue }) => {
  app.post(
    '/v1/catalogue/groups',
    {
      schema: {
        operationId: 'addGroup',
        summary: 'Add a 大典 group (大类, 中类 or 小类)',
        tags: ['groups-and-abilities'],
        body: AddGroupSchema,
        response: { 201: GroupViewSchema },
      },
      preHandler: admin,
    },
    async (request, reply) => {
      const { reason, ...group } = request.body;
      const entry = { entity: 'group' as const, ...group };
      const result = await catalogue.run({ type: 'Add', data: { entry, reason } }, callerOf(request));
      return setEtag(reply, result.revision).code(201).send(groupOf(result, group.code));
    },
  );

  app.put(
    '/v1/catalogue/groups/:code',
    {
      schema: {
        operationId: 'amendGroup',
        summary: 'Amend a 大典 group',
        tags: ['groups-and-abilities'],
        params: GroupParamsSchema,
        body: AmendGroupSchema,
        response: { 200: GroupViewSchema },
      },
      preHandler: admin,
    },
    async (request, reply) => {
      const data = { ...request.body, code: request.params.code };
      const result = await catalogue.run({ type: 'AmendGroup', data }, callerOf(request));
      return setEtag(reply, result.revision).send(groupOf(result, data.code));
    },
  );

  const ability = { 200: SpecialAbilityViewSchema };
  app.post(
    '/v1/catalogue/special-abilities',
    {
      schema: {
        operationId: 'addSpecialAbility',
        summary: 'Add a 专项职业能力',
        tags: ['groups-and-abilities'],
        body: AddSpecialAbilitySchema,
        response: { 201: SpecialAbilityViewSchema },
      },
      preHandler: admin,
    },
    async (request, reply) => {
      const { reason, ...fields } = request.body;
      const entry = { entity: 'special-ability' as const, ...fields };
      const result = await catalogue.run({ type: 'Add', data: { entry, reason } }, callerOf(request));
      return setEtag(reply, result.revision).code(201).send(abilityOf(result, fields.code));
    },
  );

  app.put(
    '/v1/catalogue/special-abilities/:code',
    {
      schema: {
        operationId: 'amendSpecialAbility',
        summary: 'Amend a 专项职业能力',
        tags: ['groups-and-abilities'],
        params: SpecialAbilityParamsSchema,
        body: AmendSpecialAbilitySchema,
        response: ability,
      },
      preHandler: admin,
    },
    async (request, reply) => {
      const data = { ...request.body, code: request.params.code };
      const result = await catalogue.run({ type: 'AmendSpecialAbility', data }, callerOf(request));
      return setEtag(reply, result.revision).send(abilityOf(result, data.code));
    },
  );

  app.post(
    '/v1/catalogue/special-abilities/:code/retire',
    {
      schema: {
        operationId: 'retireSpecialAbility',
        summary: 'Retire a 专项职业能力',
        tags: ['groups-and-abilities'],
        params: SpecialAbilityParamsSchema,
        body: RetireSchema,
        response: ability,
      },
      preHandler: admin,
    },
    async (request, reply) => {
      const data = { ...request.body, code: request.params.code };
      const result = await catalogue.run({ type: 'RetireSpecialAbility', data }, callerOf(request));
      return setEtag(reply, result.revision).send(abilityOf(result, data.code));
    },
  );
};

export default groupAndAbilityRoutes;
