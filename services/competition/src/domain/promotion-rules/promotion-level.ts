import { CertifiedLevelSchema, compareSkillLevels } from '@tianfu/contracts';

/** The five certified levels (docs/domain.md §1): the only ones a competition result yields. */
export type CertifiedLevel = (typeof CertifiedLevelSchema.options)[number];

// Lowest first: level5 (五级) … level1 (一级/高级技师).
const certifiedLevels = CertifiedLevelSchema.options;

const oneUp = (level: CertifiedLevel): CertifiedLevel | null =>
  certifiedLevels[certifiedLevels.indexOf(level) + 1] ?? null;

/**
 * docs/domain.md §4.1: "to level L, or one level up if already at L"; no rule promotes beyond 高级技师
 * (level1). Null when the result gives the worker nothing above what they hold.
 */
export function promotedLevel(target: CertifiedLevel, held: CertifiedLevel | null): CertifiedLevel | null {
  const level = held === target ? (oneUp(target) ?? target) : target;
  return held !== null && compareSkillLevels(level, held) <= 0 ? null : level;
}
