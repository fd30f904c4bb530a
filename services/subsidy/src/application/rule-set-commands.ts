import type { SubsidyRuleSetPublishedData } from '@tianfu/contracts';
import { isDomainError } from '@tianfu/decider';
import { type CommandContext, type EventStore, handleCommand, type StreamState } from '@tianfu/eventstore';
import { type RuleSetEvent, type RuleSetRegistry, ruleSetRegistry } from '@tianfu/subsidy-rules';

/** Every rule-set version of every region, in one stream: a version is judged against all the others. */
export const RULE_SETS_STREAM = 'subsidy-rule-sets';

const sameVersion = (a: SubsidyRuleSetPublishedData, b: { ruleSetId: string; version: number }) =>
  a.ruleSet.ruleSetId === b.ruleSetId && a.ruleSet.version === b.version;

/**
 * The rule sets as published (docs/domain.md §7.8), held folded in this process and brought up to
 * date on every read by the commits after the revision held: a commit is never changed once
 * written and revisions have no gaps, so the next one is all that needs looking for. A version published on any replica is committed to
 * the store before its request is answered, so the next claim judged on every replica reads it.
 */
export function ruleSetCommands(store: EventStore) {
  let held: StreamState<RuleSetRegistry> = { revision: 0, state: ruleSetRegistry.initialState() };
  // Reads and commands finishing out of order: the furthest state is kept.
  const hold = (next: StreamState<RuleSetRegistry>) => {
    if (next.revision > held.revision) held = next;
    return next;
  };
  const read = async (): Promise<StreamState<RuleSetRegistry>> => {
    const from = held;
    // One lookup of the next commit by its key while nothing was published since, the usual case.
    if ((await store.readCommit(RULE_SETS_STREAM, from.revision + 1)) === null) return from;
    const tail = await store.readStream(RULE_SETS_STREAM, from.revision);
    const state = tail.events.reduce(
      (registry, e) => ruleSetRegistry.evolve(registry, { type: e.type, data: e.data } as RuleSetEvent),
      from.state,
    );
    return hold({ revision: tail.revision, state });
  };
  const publish = async (data: SubsidyRuleSetPublishedData, context: CommandContext) => {
    const command = { type: 'PublishRuleSet', data } as const;
    const result = await handleCommand(store, RULE_SETS_STREAM, ruleSetRegistry, command, context, { load: read });
    hold(result);
    return result;
  };

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
