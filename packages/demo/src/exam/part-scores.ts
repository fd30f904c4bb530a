import type { Random } from '@tianfu/testing';
import type { CertifiedLevel, PartScores } from '../api-types.ts';
import type { Part } from '../sheets.ts';

/** Every level has theory and practical; 技师 and 高级技师 add the panel review (docs/domain.md §2.2). */
export const partsOf = (level: CertifiedLevel): readonly Part[] =>
  level === 'level2' || level === 'level1' ? ['theory', 'practical', 'review'] : ['theory', 'practical'];

/** Each part needs ≥ 60, and the assessment passes only when all do (docs/domain.md §2.2). */
export const passes = (scores: PartScores, parts: readonly Part[]): boolean =>
  parts.every((part) => (scores[part] ?? 0) >= 60);

/** Marks out of 100 to the half point, around 74: one part in seven falls below 60, so about a third of candidates fail. */
export function markedScores(random: Random, parts: readonly Part[]): PartScores {
  const mark = () => Math.min(100, Math.max(20, Math.round(random.around(74, 40) * 2) / 2));
  return Object.fromEntries(parts.map((part) => [part, mark()]));
}
