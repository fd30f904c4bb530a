import type { CompetitionRegisteredData } from '@tianfu/contracts';
import { competitionError } from './competition-errors.ts';
import type { CompetitionEmitted, CompetitionState } from './competition-state.ts';
import { defaultRuleSet, ruleSet } from './promotion-rules/rule-sets.ts';
import { repeated } from './repeated.ts';

export interface RegisterCompetition {
  readonly type: 'RegisterCompetition';
  /** `ruleSetId` null: the tier's default rule set. */
  readonly data: Omit<CompetitionRegisteredData, 'ruleSetId'> & { readonly ruleSetId: string | null };
}

export function decideRegistration(
  command: RegisterCompetition,
  state: CompetitionState,
): readonly CompetitionEmitted[] {
  const { data } = command;
  if (state !== null) {
    throw competitionError('COMPETITION_ALREADY_REGISTERED', `competition ${data.competitionId} is already registered`);
  }
  const twice = repeated(data.contestEvents.map((e) => e.contestEventId));
  if (twice.length > 0) {
    throw competitionError('CONTEST_EVENT_DUPLICATE', `contest event ids must differ: ${twice.join(', ')}`, {
      field: 'contestEvents.contestEventId',
      contestEventIds: twice,
    });
  }
  const rules = ruleSet(data.ruleSetId ?? defaultRuleSet[data.tier]);
  if (!rules.tiers.includes(data.tier)) {
    throw competitionError('RULE_SET_NOT_FOR_TIER', `rule set ${rules.ruleSetId} is not for ${data.tier} contests`, {
      field: 'ruleSetId',
      ruleSetId: rules.ruleSetId,
      tiers: rules.tiers,
    });
  }
  return [
    {
      type: 'competition.CompetitionRegistered',
      data: { ...data, ruleSetId: rules.ruleSetId },
      occurredAt: data.registeredAt,
    },
  ];
}
