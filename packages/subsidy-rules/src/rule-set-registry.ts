import type {
  NewEvent,
  RuleSetRef,
  SubsidyRuleSet,
  SubsidyRuleSetPublishedData,
  SubsidyRuleSetSupersededData,
} from '@tianfu/contracts';
import type { Decider, DomainEvent } from '@tianfu/decider';
import { ruleSetRefused } from './registry-errors.ts';

/** Every published version, each with its validity as the events left it. */
export interface RuleSetRegistry {
  readonly ruleSets: readonly SubsidyRuleSet[];
}

export interface PublishRuleSet {
  readonly type: 'PublishRuleSet';
  readonly data: SubsidyRuleSetPublishedData;
}

export type RuleSetEvent =
  | DomainEvent<'subsidy.RuleSetPublished', SubsidyRuleSetPublishedData>
  | DomainEvent<'subsidy.RuleSetSuperseded', SubsidyRuleSetSupersededData>;

type RuleSetEmitted = NewEvent<RuleSetEvent['type'], RuleSetEvent['data']>;

const sameRef = (a: RuleSetRef, b: RuleSetRef): boolean => a.ruleSetId === b.ruleSetId && a.version === b.version;
const label = (s: RuleSetRef): string => `${s.ruleSetId} v${s.version}`;

/** Both in force on some day: [from, to) spans that meet. */
const overlaps = (a: SubsidyRuleSet, b: SubsidyRuleSet): boolean =>
  a.effectiveFrom < (b.effectiveTo ?? '9999-12-31') && b.effectiveFrom < (a.effectiveTo ?? '9999-12-31');

const related = (a: SubsidyRuleSet, b: SubsidyRuleSet): boolean =>
  a.region === b.region && a.kinds.some((kind) => b.kinds.includes(kind));

function checkVersion(ruleSet: SubsidyRuleSet, state: RuleSetRegistry): void {
  const versions = state.ruleSets.filter((s) => s.ruleSetId === ruleSet.ruleSetId).map((s) => s.version);
  if (versions.includes(ruleSet.version)) {
    const message = `${label(ruleSet)} is already published; a change is a new version`;
    throw ruleSetRefused('RULE_SET_VERSION_EXISTS', { field: 'ruleSet.version', rule: 'already_published', message });
  }
  const next = Math.max(0, ...versions) + 1;
  if (ruleSet.version !== next) {
    const message = `the next version of ${ruleSet.ruleSetId} is ${next}`;
    throw ruleSetRefused('RULE_SET_VERSION_NOT_NEXT', { field: 'ruleSet.version', rule: 'not_next_version', message });
  }
}

/** The version taken over: it exists, shares a region and a kind, and took effect before the new one. */
function superseded(data: SubsidyRuleSetPublishedData, state: RuleSetRegistry): SubsidyRuleSet | null {
  const { ruleSet, supersedes } = data;
  if (supersedes === null) return null;
  const old = state.ruleSets.find((s) => sameRef(s, supersedes));
  if (old === undefined) {
    const message = `${label(supersedes)} is not published`;
    throw ruleSetRefused('SUPERSEDED_NOT_FOUND', { field: 'supersedes', rule: 'not_published', message });
  }
  if (!related(old, ruleSet)) {
    const message = `${label(old)} is for another region or other kinds`;
    throw ruleSetRefused('SUPERSEDED_NOT_RELATED', { field: 'supersedes', rule: 'other_region_or_kinds', message });
  }
  if (ruleSet.effectiveFrom <= old.effectiveFrom) {
    const message = `a version taking over from ${label(old)} takes effect after ${old.effectiveFrom}`;
    throw ruleSetRefused('SUPERSEDES_TOO_EARLY', {
      field: 'ruleSet.effectiveFrom',
      rule: 'not_after_superseded',
      message,
    });
  }
  return old;
}

/**
 * Publishing a version (docs/domain.md §7.8): refused when it would be in force on a day another
 * version for the same region and kind is, unless it takes over from that one, which then closes
 * on the day the new one takes effect: a second event, nothing edited in place.
 */
function publish({ data }: PublishRuleSet, state: RuleSetRegistry): RuleSetEmitted[] {
  const { ruleSet, publishedAt } = data;
  checkVersion(ruleSet, state);
  const old = superseded(data, state);
  const clash = state.ruleSets.find((s) => s !== old && related(s, ruleSet) && overlaps(s, ruleSet));
  if (clash !== undefined) {
    const message = `${label(ruleSet)} would be in force with ${label(clash)} (${clash.effectiveFrom} to ${clash.effectiveTo ?? 'open'}) for region ${ruleSet.region}`;
    throw ruleSetRefused('RULE_SET_OVERLAPS', {
      field: 'ruleSet.effectiveFrom',
      rule: 'overlapping_validity',
      message,
    });
  }
  const published: RuleSetEmitted = { type: 'subsidy.RuleSetPublished', data, occurredAt: publishedAt };
  if (old === null || (old.effectiveTo !== null && old.effectiveTo <= ruleSet.effectiveFrom)) return [published];
  const { ruleSetId, version } = old;
  const closed = {
    ruleSetId,
    version,
    effectiveTo: ruleSet.effectiveFrom,
    supersededBy: { ruleSetId: ruleSet.ruleSetId, version: ruleSet.version },
    at: publishedAt,
  };
  return [published, { type: 'subsidy.RuleSetSuperseded', data: closed, occurredAt: publishedAt }];
}

function evolve(state: RuleSetRegistry, event: RuleSetEvent): RuleSetRegistry {
  switch (event.type) {
    case 'subsidy.RuleSetPublished':
      return { ruleSets: [...state.ruleSets, event.data.ruleSet] };
    case 'subsidy.RuleSetSuperseded': {
      const { effectiveTo } = event.data;
      return { ruleSets: state.ruleSets.map((s) => (sameRef(s, event.data) ? { ...s, effectiveTo } : s)) };
    }
  }
}

/** The subsidy rule-set registry (docs/domain.md §7.8): one stream of every published version. */
export const ruleSetRegistry: Decider<PublishRuleSet, RuleSetRegistry, RuleSetEvent> = {
  initialState: () => ({ ruleSets: [] }),
  decide: (command, state) => publish(command, state),
  evolve,
};

/** The registry after publishing these in order; throws the first refusal. */
export function publishedInOrder(publications: readonly SubsidyRuleSetPublishedData[]): RuleSetRegistry {
  return publications.reduce(
    (state, data) =>
      ruleSetRegistry
        .decide({ type: 'PublishRuleSet', data }, state)
        .reduce<RuleSetRegistry>(
          (next, e) => ruleSetRegistry.evolve(next, { type: e.type, data: e.data } as RuleSetEvent),
          state,
        ),
    ruleSetRegistry.initialState(),
  );
}
