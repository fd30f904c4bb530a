import type { CertifiedLevel } from '@tianfu/skill-rules';

export type AssessmentPart = 'theory' | 'practical' | 'review';

/** Every part is marked out of 100 and needs ≥ 60 (docs/domain.md §2.2). */
export const passMark = 60;

/** Levels whose assessment adds 综合评审 and needs senior examiners: 技师 and 高级技师 (docs/domain.md §2.1–2.2). */
export const panelReviewLevels: readonly CertifiedLevel[] = ['level2', 'level1'];

/** The parts a level requires (docs/domain.md §2.2): theory and practical for all, review for 技师/高级技师. */
export const requiredParts = (level: CertifiedLevel): readonly AssessmentPart[] =>
  panelReviewLevels.includes(level) ? ['theory', 'practical', 'review'] : ['theory', 'practical'];

export type PartScores = Partial<Record<AssessmentPart, number>>;

export interface PartsVerdict {
  readonly complete: boolean;
  readonly passed: boolean;
  readonly failedParts: readonly AssessmentPart[];
  readonly missingParts: readonly AssessmentPart[];
}

/** The pass rule of docs/domain.md §2.2: passed only when every required part is recorded and ≥ 60. */
export function judgeParts(parts: readonly AssessmentPart[], scores: PartScores): PartsVerdict {
  const missingParts = parts.filter((p) => scores[p] === undefined);
  const failedParts = parts.filter((p) => (scores[p] ?? passMark) < passMark);
  return {
    complete: missingParts.length === 0,
    passed: missingParts.length === 0 && failedParts.length === 0,
    failedParts,
    missingParts,
  };
}
