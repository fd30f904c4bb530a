import { type SubsidyKind, type SubsidyRuleSet, sichuanProvinceCode, sichuanRegionContaining } from '@tianfu/contracts';

/** In force on `day`: from its effectiveFrom up to, not including, its effectiveTo. */
export const inForceOn = (set: Pick<SubsidyRuleSet, 'effectiveFrom' | 'effectiveTo'>, day: string): boolean =>
  set.effectiveFrom <= day && (set.effectiveTo === null || day < set.effectiveTo);

/**
 * The regions whose rules hold for a claimant, most local first: their 市(州), then the province;
 * none outside Sichuan.
 */
export function regionsOf(region: string): readonly string[] {
  if (region === sichuanProvinceCode) return [sichuanProvinceCode];
  const city = sichuanRegionContaining(region)?.code;
  return city === undefined ? [] : [city, sichuanProvinceCode];
}

/**
 * The rule set for a claimant's region and a kind that `applies` picks (docs/domain.md §7.8): a
 * 市(州)'s own before the province's, and within one region the latest to take effect.
 */
export function mostLocalRuleSet(
  ruleSets: readonly SubsidyRuleSet[],
  region: string,
  kind: SubsidyKind,
  applies: (set: SubsidyRuleSet) => boolean,
): SubsidyRuleSet | null {
  for (const candidate of regionsOf(region)) {
    const found = ruleSets
      .filter((set) => set.region === candidate && set.kinds.includes(kind) && applies(set))
      .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
    if (found !== undefined) return found;
  }
  return null;
}

/** The version in force on `day` for a claimant's region and a kind; null when there is none. */
export const ruleSetFor = (
  ruleSets: readonly SubsidyRuleSet[],
  region: string,
  kind: SubsidyKind,
  day: string,
): SubsidyRuleSet | null => mostLocalRuleSet(ruleSets, region, kind, (set) => inForceOn(set, day));

/** The dates a claim may be judged on: its own, and its certificate's 核发 date when it has one. */
export interface ClaimDates {
  readonly claimDate: string;
  readonly certificateIssued: string | null;
}

export const judgedDate = (set: SubsidyRuleSet, dates: ClaimDates): string | null =>
  set.judgedOn === 'claim-date' ? dates.claimDate : dates.certificateIssued;

/**
 * The rule set a claim is judged by: one in force on the date it says claims are judged on (the
 * claim's or the certificate's), most local first; null when none.
 */
export function ruleSetForClaim(
  ruleSets: readonly SubsidyRuleSet[],
  region: string,
  kind: SubsidyKind,
  dates: ClaimDates,
): { readonly ruleSet: SubsidyRuleSet; readonly judgedOn: string } | null {
  const ruleSet = mostLocalRuleSet(ruleSets, region, kind, (set) => {
    const day = judgedDate(set, dates);
    return day !== null && inForceOn(set, day);
  });
  const judgedOn = ruleSet === null ? null : judgedDate(ruleSet, dates);
  return ruleSet === null || judgedOn === null ? null : { ruleSet, judgedOn };
}
