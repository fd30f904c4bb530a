import { z } from 'zod';
import { RuleSetRefSchema, SubsidyRuleSetSchema } from '../../values/subsidy/rule-set.ts';
import { defineEvent } from '../event-definition.ts';

const instant = z.iso.datetime({ offset: true });

/**
 * A version of a subsidy rule set published (docs/domain.md §7.8): in force from its
 * `effectiveFrom`, never edited afterwards. `supersedes` names the version it takes over from.
 */
export const SubsidyRuleSetPublished = defineEvent({
  type: 'subsidy.RuleSetPublished',
  schemaVersion: 1,
  schema: z.object({
    ruleSet: SubsidyRuleSetSchema,
    supersedes: RuleSetRefSchema.nullable(),
    publishedAt: instant,
  }),
});
export type SubsidyRuleSetPublishedData = z.output<typeof SubsidyRuleSetPublished.schema>;

/** A version closed because a later one took over: no longer in force from `effectiveTo`. */
export const SubsidyRuleSetSuperseded = defineEvent({
  type: 'subsidy.RuleSetSuperseded',
  schemaVersion: 1,
  schema: RuleSetRefSchema.extend({
    effectiveTo: z.iso.date(),
    supersededBy: RuleSetRefSchema,
    at: instant,
  }),
});
export type SubsidyRuleSetSupersededData = z.output<typeof SubsidyRuleSetSuperseded.schema>;

/** The rule-set registry's events, for the registry a reader of the subsidy topic parses with. */
export const subsidyRuleSetEvents = [SubsidyRuleSetPublished, SubsidyRuleSetSuperseded] as const;
