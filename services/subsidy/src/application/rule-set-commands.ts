import type { SubsidyRuleSetPublishedData } from '@tianfu/contracts';
import { foldEvents, isDomainError } from '@tianfu/decider';
import { type CommandContext, type EventStore, handleCommand } from '@tianfu/eventstore';
import { type RuleSetEvent, type RuleSetRegistry, ruleSetRegistry } from '@tianfu/subsidy-rules';

/** Every rule-set version of every region, in one stream: a version is judged against all the others. */
export const RULE_SETS_STREAM = 'subsidy-rule-sets';

const sameVersion = (a: SubsidyRuleSetPublishedData, b: { ruleSetId: string; version: number }) =>
  a.ruleSet.ruleSetId === b.ruleSetId && a.ruleSet.version === b.version;

/** The rule sets as published (docs/domain.md §7.8): read for every claim, published as events. */
export function ruleSetCommands(store: EventStore) {
  const read = async () => {
    const stream = await store.readStream(RULE_SETS_STREAM);
    return {
      revision: stream.revision,
      state: foldEvents<RuleSetRegistry, RuleSetEvent>(ruleSetRegistry, stream.events),
    };
  };
  const publish = (data: SubsidyRuleSetPublishedData, context: CommandContext) =>
    handleCommand(store, RULE_SETS_STREAM, ruleSetRegistry, { type: 'PublishRuleSet', data }, context);

  return {
    read,
    publish,
    /**
     * The versions this release ships, published in order where the registry lacks them, so a new
     * platform judges claims from its first start; a version already there is left as it is.
     */
    async publishShipped(shipped: readonly SubsidyRuleSetPublishedData[], context: CommandContext): Promise<number> {
      let published = 0;
      for (const data of shipped) {
        const { state } = await read();
        if (state.ruleSets.some((s) => sameVersion(data, s))) continue;
        // Another instance starting at the same time may publish it first: then it is there.
        const added = await publish(data, context).then(
          () => 1,
          (error: unknown) => {
            if (isDomainError(error) && error.code === 'RULE_SET_VERSION_EXISTS') return 0;
            throw error;
          },
        );
        published += added;
      }
      return published;
    },
  };
}

export type RuleSetCommands = ReturnType<typeof ruleSetCommands>;
