import {
  type CatalogueStandard,
  type CatalogueState,
  isRetiredBy,
  standardInForce,
} from '@tianfu/catalogue-view/state';
import { type SkillLevelKey, skillLevel } from '@tianfu/contracts';
import {
  type CertifiedLevel,
  certifiedLevels,
  earliestEligibility,
  type HeldLevel,
  nextLevelOf,
  type TemplateId,
  type UndatedRule,
} from '@tianfu/skill-rules';
import type { LadderStep } from './ladder-steps.ts';

/** The §2.3 rule the earliest date comes from, named as the assessment evaluator names it. */
export interface NextStepRule {
  readonly template: TemplateId;
  readonly standardVersion: string;
  /** The target level. */
  readonly level: CertifiedLevel;
  readonly ruleId: string;
  /** e.g. 四级 + 5 yrs */
  readonly text: string;
  /** The certificates it counts (a related occupation's among them, §2.3). */
  readonly counts: readonly {
    readonly occupationCode: string;
    readonly level: CertifiedLevel;
    readonly date: string;
    readonly certificateNo: string | null;
  }[];
}

export interface NextStep {
  readonly level: CertifiedLevel;
  /** e.g. 三级/高级工 */
  readonly label: string;
  /** YYYY-MM-DD: the first day a rule holds on the certificates alone; null when none can be dated. */
  readonly earliestEligibleOn: string | null;
  /** Eligible on the ladder's date. */
  readonly eligibleNow: boolean;
  readonly rule: NextStepRule | null;
  /** Routes that need what certificates cannot show: years worked, schooling, 职称, age. */
  readonly needsDeclaredEvidence: readonly UndatedRule[];
  /** Why there is no rule, when there is none: as a code a page words in its language, and in English. */
  readonly reasonCode: NoRuleReason | null;
  readonly reason: string | null;
}

/** Why a next level has no rule: its occupation retired, no standard in force, or no route datable from certificates. */
export type NoRuleReason = 'occupation-retired' | 'no-standard-in-force' | 'no-dated-route';

interface NoRule {
  readonly code: NoRuleReason;
  readonly text: string;
}

const isCertifiedLevel = (level: SkillLevelKey): level is CertifiedLevel =>
  (certifiedLevels as readonly string[]).includes(level);

/** The certificates that count on the ladder's date, in every occupation: §2.3 counts related ones. */
const certificatesHeld = (byOccupation: ReadonlyMap<string, readonly LadderStep[]>): HeldLevel[] =>
  [...byOccupation.entries()].flatMap(([occupationCode, steps]) =>
    steps.flatMap((step) =>
      step.droppedOn === null && isCertifiedLevel(step.level)
        ? [
            {
              level: step.level,
              occupationCode,
              obtainedOn: step.date,
              source: 'platform-certificate' as const,
              certificateNo: step.certificateNo,
            },
          ]
        : [],
    ),
  );

const withoutRules = (level: CertifiedLevel, why: NoRule, needs: readonly UndatedRule[] = []): NextStep => ({
  level,
  label: skillLevel(level).label,
  earliestEligibleOn: null,
  eligibleNow: false,
  rule: null,
  needsDeclaredEvidence: needs,
  reasonCode: why.code,
  reason: why.text,
});

/** The standard to judge by on `asOf`, or why there is none: the occupation retired by then, or none in force. */
function standardOn(
  catalogue: CatalogueState,
  occupationCode: string,
  asOf: string,
): { standard: CatalogueStandard } | { none: NoRule } {
  const occupation = catalogue.occupations.get(occupationCode);
  if (occupation !== undefined && isRetiredBy(occupation, asOf)) {
    const text = `occupation ${occupationCode} was retired from the catalogue on ${occupation.retiredOn}: it is no longer assessed`;
    return { none: { code: 'occupation-retired', text } };
  }
  const standard = standardInForce(catalogue, occupationCode, asOf);
  if (standard !== undefined) return { standard };
  const text = `the catalogue has no standard of occupation ${occupationCode} in force on ${asOf}`;
  return { none: { code: 'no-standard-in-force', text } };
}

/**
 * The next exam level in one occupation and the earliest day the worker becomes eligible for it
 * (docs/domain.md §2.3), judged by the standard the catalogue has in force on the ladder's date:
 * the lowest level it offers above the current step, so a standard without 二级 and 一级 ends
 * at 三级; an occupation retired by then has a next level but no rule. Null at the top:
 * 特级技师 / 首席技师 are appointments, not exams (§1).
 */
export function nextStep(
  occupationCode: string,
  current: SkillLevelKey | null,
  byOccupation: ReadonlyMap<string, readonly LadderStep[]>,
  asOf: string,
  catalogue: CatalogueState,
): NextStep | null {
  const judged = standardOn(catalogue, occupationCode, asOf);
  if ('none' in judged) {
    const level = nextLevelOf(certifiedLevels, current);
    return level === null ? null : withoutRules(level, judged.none);
  }
  const { standard } = judged;
  const answer = earliestEligibility({ standard, current, heldLevels: certificatesHeld(byOccupation), asOf });
  if (answer === null) return null;
  const { earliest, level, needsDeclaredEvidence } = answer;
  if (earliest === null) {
    const why = { code: 'no-dated-route', text: 'no route can be dated from the certificates alone' } as const;
    return withoutRules(level, why, needsDeclaredEvidence);
  }
  return {
    level,
    label: skillLevel(level).label,
    earliestEligibleOn: earliest.on,
    eligibleNow: earliest.on <= asOf,
    rule: {
      template: standard.template,
      standardVersion: standard.version,
      level,
      ruleId: earliest.ruleId,
      text: earliest.text,
      counts: earliest.heldLevels.map((h) => ({
        occupationCode: h.occupationCode,
        level: h.level,
        date: h.obtainedOn,
        certificateNo: h.certificateNo,
      })),
    },
    needsDeclaredEvidence,
    reasonCode: null,
    reason: null,
  };
}
