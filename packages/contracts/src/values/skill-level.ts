import { z } from 'zod';
import {
  type CertificateDigit,
  type SkillLevelKey,
  type SkillLevelStep,
  skillLevelKeys,
  skillLevelTable,
} from './skill-level-table.ts';

export const SkillLevelKeySchema = z.enum(skillLevelKeys, {
  error: `skill level must be one of ${skillLevelKeys.join(', ')} (docs/domain.md §1)`,
});

export const CertificateDigitSchema = z.literal([1, 2, 3, 4, 5], {
  error: 'certificate level digit runs 1 (一级/高级技师) to 5 (五级/初级工) (docs/domain.md §3.2)',
});

export const isCertificateDigit = (value: unknown): value is CertificateDigit =>
  CertificateDigitSchema.safeParse(value).success;

export function skillLevel(key: SkillLevelKey): SkillLevelStep {
  const found = skillLevelTable.find((s) => s.key === key);
  if (found === undefined) throw new RangeError(`unknown skill level ${key}`);
  return found;
}

export const skillLevelByOrdinal = (ordinal: number): SkillLevelStep | undefined =>
  skillLevelTable.find((s) => s.ordinal === ordinal);

/** The certified step a certificate digit stands for (5 → 初级工 … 1 → 高级技师). */
export function skillLevelFromDigit(digit: CertificateDigit): SkillLevelStep {
  const found = skillLevelTable.find((s) => s.certificateDigit === digit);
  if (found === undefined) throw new RangeError(`no skill level for certificate digit ${digit}`);
  return found;
}

/** The certificate digit of a step, or null for apprentice and the two appointed posts. */
export const certificateDigitOf = (key: SkillLevelKey): CertificateDigit | null => skillLevel(key).certificateDigit;

/** Negative when `a` is below `b` on the ladder, 0 when equal, positive when above; usable in sort. */
export const compareSkillLevels = (a: SkillLevelKey, b: SkillLevelKey): number =>
  skillLevel(a).ordinal - skillLevel(b).ordinal;

export const isAtLeastSkillLevel = (level: SkillLevelKey, threshold: SkillLevelKey): boolean =>
  compareSkillLevels(level, threshold) >= 0;

export const isHighSkillLevel = (key: SkillLevelKey): boolean => skillLevel(key).isHighSkill;
