import type { SkillLevelKey } from '@tianfu/contracts';

export type AppointedPost = 'principal-technician' | 'chief-technician';

/** What a worker brings to an appointment: levels held and posts held, per occupation. */
export interface AppointmentEvidence {
  readonly heldLevels: readonly { readonly occupationCode: string; readonly level: SkillLevelKey }[];
  readonly heldPosts: readonly { readonly occupationCode: string; readonly post: AppointedPost }[];
}

export type Prerequisite =
  | { readonly kind: 'level'; readonly level: SkillLevelKey }
  | { readonly kind: 'post'; readonly post: AppointedPost };

export interface AppointmentRule {
  readonly ruleId: string;
  readonly post: AppointedPost;
  /** Any one of these, in the occupation of the appointment. */
  readonly anyOf: readonly Prerequisite[];
  readonly text: string;
}

/**
 * domain.md §1: a 特级技师 post is "usually held by existing 高级技师" and 首席技师 normally needs
 * 特级技师; both marked ⚠, so they are data. An appointment that meets no rule needs an override
 * with a reason, recorded on the event.
 */
export const appointmentRules: readonly AppointmentRule[] = [
  {
    ruleId: 'principal-needs-level1',
    post: 'principal-technician',
    anyOf: [{ kind: 'level', level: 'level1' }],
    text: '特级技师: 高级技师（一级）in the occupation ⚠',
  },
  {
    ruleId: 'chief-needs-principal',
    post: 'chief-technician',
    anyOf: [
      { kind: 'post', post: 'principal-technician' },
      { kind: 'level', level: 'principal-technician' },
    ],
    text: '首席技师: 特级技师 in the occupation ⚠',
  },
];

const met = (prerequisite: Prerequisite, occupationCode: string, evidence: AppointmentEvidence): boolean =>
  prerequisite.kind === 'level'
    ? evidence.heldLevels.some((h) => h.occupationCode === occupationCode && h.level === prerequisite.level)
    : evidence.heldPosts.some((h) => h.occupationCode === occupationCode && h.post === prerequisite.post);

export interface RuleAnswer {
  readonly rule: AppointmentRule;
  readonly met: boolean;
}

/** The rule for the post, and whether the evidence meets it in that occupation. */
export function checkAppointment(
  post: AppointedPost,
  occupationCode: string,
  evidence: AppointmentEvidence,
  rules: readonly AppointmentRule[] = appointmentRules,
): RuleAnswer | null {
  const rule = rules.find((r) => r.post === post);
  return rule === undefined ? null : { rule, met: rule.anyOf.some((p) => met(p, occupationCode, evidence)) };
}
