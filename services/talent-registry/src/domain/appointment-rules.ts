import type { SkillLevelKey } from '@tianfu/contracts';

export type AppointedPost = 'principal-technician' | 'chief-technician';

/** A level held in an occupation: declared by the employer, or with the number of a platform certificate. */
export interface EvidencedLevel {
  readonly occupationCode: string;
  readonly level: SkillLevelKey;
  readonly certificateNo?: string | null;
}

/** What a worker brings to an appointment: levels held and posts held, per occupation. */
export interface AppointmentEvidence {
  readonly heldLevels: readonly EvidencedLevel[];
  readonly heldPosts: readonly { readonly occupationCode: string; readonly post: AppointedPost }[];
}

/** A level the platform knows the worker holds: a certificate it issued or imported, not revoked. */
export interface PlatformLevel extends EvidencedLevel {
  readonly certificateNo: string;
}

/**
 * The declared evidence and the platform's certificates together. The platform's come
 * first, so a prerequisite met both ways is recorded by its certificate number.
 */
export const withPlatformLevels = (
  declared: AppointmentEvidence,
  platform: readonly PlatformLevel[],
): AppointmentEvidence => ({ ...declared, heldLevels: [...platform, ...declared.heldLevels] });

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
 * docs/domain.md §1: a 特级技师 post is "usually held by existing 高级技师" and 首席技师 normally needs
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

const sourceOf = ({ certificateNo }: EvidencedLevel): string =>
  certificateNo ? `platform certificate ${certificateNo}` : 'declared';

/** What meets the prerequisite in the occupation, said with where it came from; null when nothing does. */
function meeting(prerequisite: Prerequisite, occupationCode: string, evidence: AppointmentEvidence): string | null {
  if (prerequisite.kind === 'level') {
    const held = evidence.heldLevels.find((h) => h.occupationCode === occupationCode && h.level === prerequisite.level);
    return held === undefined ? null : `${held.level} ${occupationCode}, ${sourceOf(held)}`;
  }
  const held = evidence.heldPosts.some((h) => h.occupationCode === occupationCode && h.post === prerequisite.post);
  return held ? `${prerequisite.post} post ${occupationCode}, declared` : null;
}

export interface RuleAnswer {
  readonly rule: AppointmentRule;
  readonly met: boolean;
  /** The evidence that met the rule and its source, when met. */
  readonly metBy: string | null;
}

/** The rule for the post, and whether the evidence meets it in that occupation. */
export function checkAppointment(
  post: AppointedPost,
  occupationCode: string,
  evidence: AppointmentEvidence,
  rules: readonly AppointmentRule[] = appointmentRules,
): RuleAnswer | null {
  const rule = rules.find((r) => r.post === post);
  if (rule === undefined) return null;
  const metBy = rule.anyOf.map((p) => meeting(p, occupationCode, evidence)).find((m) => m !== null) ?? null;
  return { rule, met: metBy !== null, metBy };
}
