import type { AppliedCompletionRule, CompletionRule } from '@tianfu/contracts';
import { type ClassFacts, chinaDay, classEndsOn, classHours, otherProvidersClass } from './class-facts.ts';
import { refused } from './roster-errors.ts';
import { attendanceKey, type Roster, type RosterEmitted, type Trainee } from './roster-state.ts';

export interface CompleteClass {
  readonly type: 'CompleteClass';
  readonly data: { readonly byProviderId: string | null; readonly at: string };
  readonly facts: ClassFacts;
  /** The completion rule data as loaded (dated, with sources); the one in force is picked here. */
  readonly rules: readonly CompletionRule[];
}

const provinceOf = (regionCode: string): string => `${regionCode.slice(0, 2)}0000`;

/**
 * The rule in force for the class's kind on the day it ended, for its 市(州) before its province
 * (docs/domain.md §7.5): a rule of the class's own region wins over the province's; null when none.
 */
export function completionRuleFor(
  rules: readonly CompletionRule[],
  facts: ClassFacts,
  on: string,
): CompletionRule | null {
  const inForce = rules.filter(
    (r) => r.kinds.includes(facts.kind) && r.effectiveFrom <= on && (r.effectiveTo === null || on <= r.effectiveTo),
  );
  const latest = (region: string) =>
    inForce.filter((r) => r.region === region).sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
  return latest(facts.regionCode) ?? latest(provinceOf(facts.regionCode)) ?? null;
}

/** A trainee at one sitting: the hours it counts, when they signed in, and whether that sign-in was voided. */
export interface SittingHours {
  readonly sittingId: string;
  readonly hours: number;
  readonly signedAt: string | null;
  readonly voided: boolean;
}

/** A trainee's attendance sitting by sitting: a sign-in counts its sitting, a correction its hours, a void nothing. */
export function sittingHours(facts: ClassFacts, roster: Roster, workerId: string): SittingHours[] {
  return facts.sittings.map(({ sittingId, hours }) => {
    const entry = roster.attendance.get(attendanceKey(sittingId, workerId));
    if (entry === undefined) return { sittingId, hours: 0, signedAt: null, voided: false };
    return {
      sittingId,
      hours: entry.voided ? 0 : (entry.hours ?? hours),
      signedAt: entry.signedAt,
      voided: entry.voided,
    };
  });
}

/** Hours a trainee attended over every sitting. */
export const attendedHours = (facts: ClassFacts, roster: Roster, workerId: string): number =>
  sittingHours(facts, roster, workerId).reduce((sum, sitting) => sum + sitting.hours, 0);

const applied = ({
  ruleId,
  minAttendanceShare,
  effectiveFrom,
  source,
  clause,
  confirmed,
}: CompletionRule): AppliedCompletionRule => ({
  ruleId,
  minAttendanceShare,
  effectiveFrom,
  source,
  clause,
  confirmed,
});

function outcome(
  facts: ClassFacts,
  roster: Roster,
  rule: CompletionRule,
  trainee: Trainee,
  completedOn: string,
): RosterEmitted {
  const { classId, providerId } = facts;
  const { enrolmentId, workerId } = trainee;
  const total = classHours(facts);
  const attended = attendedHours(facts, roster, workerId);
  const base = { classId, providerId, enrolmentId, workerId, attendedHours: attended, classHours: total, completedOn };
  // Compared as attended ≥ share × total, so a share like 0.8 of 40 hours needs exactly 32.
  if (total > 0 && attended >= rule.minAttendanceShare * total - 1e-9) {
    // The provider's own 培训合格证书, numbered by class and enrolment (not a 职业技能等级证书).
    const data = { ...base, certificateNo: `${classId}-${enrolmentId}` };
    return { type: 'training.TraineeCompleted', data, workerId, occurredAt: `${completedOn}T00:00:00+08:00` };
  }
  return { type: 'training.TraineeNotCompleted', data: base, workerId, occurredAt: `${completedOn}T00:00:00+08:00` };
}

/**
 * The rule a class's attendance is judged by: the one completion applied, or before completion
 * the one in force on the day the class ends (docs/domain.md §7.5); null when there is none.
 */
export function classCompletionRule(
  rules: readonly CompletionRule[],
  facts: ClassFacts,
  roster: Roster,
): AppliedCompletionRule | null {
  if (roster.completed !== null) return roster.completed.rule;
  const rule = completionRuleFor(rules, facts, classEndsOn(facts));
  return rule === null ? null : applied(rule);
}

/** 结业: once the class has ended, each trainee completes or not by the attended share of its hours. */
export function decideCompletion(command: CompleteClass, roster: Roster): readonly RosterEmitted[] {
  const { facts, rules } = command;
  const { byProviderId, at } = command.data;
  const field = 'classId';
  const other = otherProvidersClass(facts, byProviderId);
  if (other !== null) throw refused(other);
  if (roster.completed !== null)
    throw refused({
      code: 'CLASS_ALREADY_COMPLETED',
      field,
      rule: 'complete_once',
      message: `class ${facts.classId} was completed on ${roster.completed.completedOn}`,
    });
  const endsOn = classEndsOn(facts);
  if (chinaDay(at) <= endsOn)
    throw refused({
      code: 'CLASS_NOT_ENDED',
      field,
      rule: 'class_ended',
      message: `class ${facts.classId} ends on ${endsOn}; complete it after`,
    });
  const rule = completionRuleFor(rules, facts, endsOn);
  if (rule === null)
    throw refused({
      code: 'COMPLETION_RULE_MISSING',
      field: 'kind',
      rule: 'completion_rule_in_force',
      message: `no completion rule for ${facts.kind} in ${facts.regionCode} on ${endsOn}`,
    });
  const outcomes = [...roster.trainees.values()].map((t) => outcome(facts, roster, rule, t, endsOn));
  const completers = outcomes.filter((e) => e.type === 'training.TraineeCompleted').length;
  const summary = {
    classId: facts.classId,
    providerId: facts.providerId,
    completedOn: endsOn,
    rule: applied(rule),
    completers,
    nonCompleters: outcomes.length - completers,
    completedAt: at,
  };
  return [...outcomes, { type: 'training.ClassCompleted', data: summary, occurredAt: at }];
}
