import type { ApprenticeshipAgreedData, ApprenticeshipDurationRule, ProviderKind } from '@tianfu/contracts';
import type { CertifiedLevel } from '@tianfu/skill-rules';
import { type ApprenticeFacts, checkApprentice } from './apprentice-eligibility.ts';
import type { ApprenticeEligibilityRule } from './apprenticeship-rule-data.ts';
import { checkTerm } from './apprenticeship-term.ts';
import type { ItemStanding } from './catalogue-items.ts';
import { listedProvider, type Provider } from './provider.ts';
import { fieldsRefused } from './training-errors.ts';

/** What an agreement states; the provider's kind and the term rule are found when it is decided. */
export type AgreementTerms = Omit<ApprenticeshipAgreedData, 'providerKind' | 'durationRule'>;

export interface AgreeApprenticeship {
  readonly type: 'AgreeApprenticeship';
  readonly data: AgreementTerms;
  /** The provider as the handler read it; null when none is registered. */
  readonly provider: Provider | null;
  /** The catalogue's answer for the occupation on the agreement day. */
  readonly standing: ItemStanding;
  /** The levels the occupation's standard in force offers; null when it has none in force. */
  readonly offeredLevels: readonly CertifiedLevel[] | null;
  readonly durationRules: readonly ApprenticeshipDurationRule[];
  readonly providerKinds: readonly { readonly from: string; readonly kinds: readonly ProviderKind[] }[];
  /** The apprentice's birth date and other active apprenticeship, looked up for this decision only. */
  readonly apprentice: ApprenticeFacts;
  readonly eligibilityRules: readonly ApprenticeEligibilityRule[];
}

/** The provider is listed and of a kind that may train apprentices on the first day (docs/domain.md §7.6). */
function checkProviderKind(command: AgreeApprenticeship): Provider {
  const { data } = command;
  const provider = listedProvider(command.provider, data.providerId);
  const inForce = command.providerKinds.filter((k) => k.from <= data.startsOn).at(-1);
  if (inForce === undefined || !inForce.kinds.includes(provider.kind)) {
    const allowed = inForce?.kinds.join(', ') ?? 'none';
    const message = `a provider of kind ${provider.kind} cannot train apprentices (企业新型学徒制: ${allowed})`;
    throw fieldsRefused('PROVIDER_KIND_NOT_PERMITTED', [
      { field: 'providerId', rule: 'provider_kind_not_for_apprenticeship', message },
    ]);
  }
  return provider;
}

/** An occupation the provider may train, listed in the catalogue, at a level its standard offers. */
function checkOccupation(command: AgreeApprenticeship, provider: Provider): void {
  const { occupationCode, targetLevel } = command.data;
  if (!provider.items.some((i) => i.kind === 'occupation' && i.code === occupationCode)) {
    const message = `provider ${provider.providerId} is not registered to train occupation ${occupationCode}`;
    throw fieldsRefused('ITEM_NOT_PERMITTED', [{ field: 'occupationCode', rule: 'not_a_provider_item', message }]);
  }
  if (command.standing !== 'listed') {
    const rule = command.standing === 'retired' ? 'retired_in_catalogue' : 'not_in_catalogue';
    const message = `occupation ${occupationCode} is ${command.standing === 'retired' ? 'retired from' : 'not in'} the catalogue`;
    throw fieldsRefused('ITEM_NOT_IN_CATALOGUE', [{ field: 'occupationCode', rule, message }]);
  }
  const offered = command.offeredLevels;
  if (offered !== null && !offered.includes(targetLevel)) {
    const message = `the standard in force for ${occupationCode} offers ${offered.join(', ')}, not ${targetLevel}`;
    throw fieldsRefused('TARGET_LEVEL_NOT_OFFERED', [{ field: 'targetLevel', rule: 'level_not_offered', message }]);
  }
}

/** The agreement as its event states it, once every rule of docs/domain.md §7.6 holds. */
export function agreedData(command: AgreeApprenticeship): ApprenticeshipAgreedData {
  const provider = checkProviderKind(command);
  checkOccupation(command, provider);
  const { startsOn, plannedEndOn } = command.data;
  const durationRule = checkTerm(command.durationRules, startsOn, plannedEndOn);
  checkApprentice(command.apprentice, command.eligibilityRules, command.data);
  return { ...command.data, providerKind: provider.kind, durationRule };
}
