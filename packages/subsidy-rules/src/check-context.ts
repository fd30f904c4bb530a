import type {
  CheckRule,
  CheckStatus,
  RuleCheck,
  RuleValues,
  ShortageMatch,
  SubsidyClause,
  SubsidyRuleSet,
} from '@tianfu/contracts';
import { periodEnd } from './calendar.ts';
import type { ClaimInput } from './claim-input.ts';

/** What every check of one claim reads: the input, the rule set in force and what follows from it. */
export interface CheckContext {
  readonly input: ClaimInput;
  readonly ruleSet: SubsidyRuleSet;
  readonly judgedOn: string;
  readonly countsInYear: number;
  readonly shortage: ShortageMatch | null;
  /** The last day of the claim window, when the claim has a certificate and the rule set a window. */
  readonly windowLast: string | null;
}

/** A parameter as a check cites it: its clause and whether its figure is confirmed. */
export interface Citation {
  readonly clause: SubsidyClause;
  readonly confirmed: boolean;
}

export function windowLastOf(input: ClaimInput, ruleSet: SubsidyRuleSet): string | null {
  const window = ruleSet.parameters.claimWindowMonths;
  return input.certificate === null || window === null ? null : periodEnd(input.certificate.issuedOn, window.value);
}

/** The rule set's own source, for a rule it states as a whole rather than by a parameter. */
export const sourceCitation = (ruleSet: SubsidyRuleSet, article: string): Citation => ({
  clause: { document: ruleSet.source.document, article, url: ruleSet.source.url },
  confirmed: true,
});

/** One rule's outcome: its clause, the English explanation and the same figures machine-readable. */
export const check = (
  rule: CheckRule,
  status: CheckStatus,
  citation: Citation | null,
  explanation: string,
  values: RuleValues,
  claimableFrom: string | null = null,
): RuleCheck => ({
  rule,
  status,
  clause: citation?.clause ?? null,
  confirmed: citation?.confirmed ?? true,
  explanation,
  values,
  claimableFrom,
});

/** The values of a rule its rule set does not state: it passes without comparing anything. */
export const notStated: RuleValues = { stated: false };

/** `day` when it still falls inside the claim window (or there is none), else null: too late then. */
export const ifInWindow = (context: CheckContext, day: string): string | null =>
  context.windowLast === null || day <= context.windowLast ? day : null;
