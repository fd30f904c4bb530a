import { RuleSetRefSchema, SubsidyKindSchema, SubsidyRegionSchema, SubsidyRuleSetSchema } from '@tianfu/contracts';
import { callerOf, setEtag } from '@tianfu/service-kit';
import { inForceOn } from '@tianfu/subsidy-rules';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RuleSetCommands } from '../application/rule-set-commands.ts';
import { officeOnly } from './access.ts';

export interface RuleSetRoutesOptions {
  readonly ruleSets: RuleSetCommands;
  readonly clock: () => Date;
}

const RuleSetQuerySchema = z.strictObject({
  region: SubsidyRegionSchema.optional(),
  kind: SubsidyKindSchema.optional(),
  on: z.iso.date().optional().meta({ description: 'only the versions in force on this day, YYYY-MM-DD' }),
});
const RuleSetListSchema = z.object({ ruleSets: z.array(SubsidyRuleSetSchema) });
const PublishSchema = z.strictObject({ ruleSet: SubsidyRuleSetSchema, supersedes: RuleSetRefSchema.nullable() });

/** The subsidy rule sets as dated data (docs/domain.md §7.8): public to read, published by the office as new versions. */
const ruleSetRoutes: FastifyPluginAsyncZod<RuleSetRoutesOptions> = async (app, { ruleSets, clock }) => {
  app.get(
    '/v1/rule-sets',
    {
      schema: {
        operationId: 'listRuleSets',
        summary: 'Every published rule-set version with its validity and each parameter’s clause; public',
        tags: ['rule-sets'],
        querystring: RuleSetQuerySchema,
        response: { 200: RuleSetListSchema },
      },
    },
    async (request, reply) => {
      const { region, kind, on } = request.query;
      const { state, revision } = await ruleSets.read();
      const listed = state.ruleSets.filter(
        (s) =>
          (region === undefined || s.region === region) &&
          (kind === undefined || s.kinds.includes(kind)) &&
          (on === undefined || inForceOn(s, on)),
      );
      return setEtag(reply, revision).send({ ruleSets: listed });
    },
  );

  app.post(
    '/v1/rule-sets',
    {
      schema: {
        operationId: 'publishRuleSet',
        summary:
          'Publish a rule-set version; one taking over from an open version closes it on its first day; nothing is edited in place',
        tags: ['rule-sets'],
        body: PublishSchema,
        response: { 201: RuleSetListSchema },
      },
      preHandler: officeOnly,
    },
    async (request, reply) => {
      const data = { ...request.body, publishedAt: clock().toISOString() };
      const { state, revision } = await ruleSets.publish(data, callerOf(request));
      const touched = state.ruleSets.filter(
        (s) =>
          s.ruleSetId === data.ruleSet.ruleSetId ||
          (data.supersedes !== null && s.ruleSetId === data.supersedes.ruleSetId),
      );
      return setEtag(reply.code(201), revision).send({ ruleSets: touched });
    },
  );
};

export default ruleSetRoutes;
