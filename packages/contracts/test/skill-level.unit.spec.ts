import { describe, expect, it } from 'vitest';
import {
  CertificateDigitSchema,
  certificateDigitOf,
  compareSkillLevels,
  isAtLeastSkillLevel,
  isCertificateDigit,
  isHighSkillLevel,
  type SkillLevelKey,
  SkillLevelKeySchema,
  skillLevel,
  skillLevelByOrdinal,
  skillLevelFromDigit,
  skillLevelKeys,
  skillLevelTable,
} from '../src/index.ts';

describe('SkillLevel (docs/domain.md §1)', () => {
  it('given the ladder, then it has 8 steps with ordinals 0–7 in key order', () => {
    expect(skillLevelTable.map((s) => s.ordinal)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(skillLevelTable.map((s) => s.key)).toEqual([...skillLevelKeys]);
  });

  it('names each step and its level as in the table', () => {
    expect(skillLevelTable.map((s) => s.stepName)).toEqual([
      '学徒工',
      '初级工',
      '中级工',
      '高级工',
      '技师',
      '高级技师',
      '特级技师',
      '首席技师',
    ]);
    expect(skillLevelTable.map((s) => s.levelName)).toEqual([null, '五级', '四级', '三级', '二级', '一级', null, null]);
  });

  it('gives certificate digits 5…1 to ordinals 1…5 only', () => {
    expect(skillLevelTable.map((s) => s.certificateDigit)).toEqual([null, 5, 4, 3, 2, 1, null, null]);
  });

  it('counts 高技能人才 from 三级/高级工 (ordinal ≥ 3) upwards', () => {
    for (const step of skillLevelTable) expect(step.isHighSkill).toBe(step.ordinal >= 3);
    expect(isHighSkillLevel('level3')).toBe(true);
    expect(isHighSkillLevel('level4')).toBe(false);
  });

  it('labels certified steps as printed on certificates (§3.1)', () => {
    expect(skillLevel('level3').label).toBe('三级/高级工');
    expect(skillLevel('level1').label).toBe('一级/高级技师');
    expect(skillLevel('apprentice').label).toBe('学徒工');
    expect(skillLevel('principal-technician').label).toBe('特级技师');
  });

  it('records how each step is obtained', () => {
    expect(skillLevel('apprentice').obtainedBy).toBe('employer-apprenticeship');
    expect(skillLevel('level4').obtainedBy).toBe('assessment');
    expect(skillLevel('level2').obtainedBy).toBe('assessment-and-panel-review');
    expect(skillLevel('principal-technician').obtainedBy).toBe('employer-evaluation-and-appointment');
    expect(skillLevel('chief-technician').artefact).toBe('appointment');
  });

  it('converts digit ↔ level both ways', () => {
    expect(skillLevelFromDigit(5).key).toBe('level5');
    expect(skillLevelFromDigit(1).stepName).toBe('高级技师');
    for (const digit of [1, 2, 3, 4, 5] as const) {
      expect(certificateDigitOf(skillLevelFromDigit(digit).key)).toBe(digit);
    }
    expect(certificateDigitOf('chief-technician')).toBeNull();
  });

  it('compares by ordinal, so sorting orders the ladder', () => {
    const shuffled: SkillLevelKey[] = ['level1', 'apprentice', 'chief-technician', 'level5', 'level3'];
    expect(shuffled.toSorted(compareSkillLevels)).toEqual([
      'apprentice',
      'level5',
      'level3',
      'level1',
      'chief-technician',
    ]);
    expect(compareSkillLevels('level2', 'level2')).toBe(0);
    expect(isAtLeastSkillLevel('level2', 'level3')).toBe(true);
    expect(isAtLeastSkillLevel('level4', 'level3')).toBe(false);
  });

  it('finds a step by ordinal, and nothing outside 0–7', () => {
    expect(skillLevelByOrdinal(6)?.key).toBe('principal-technician');
    expect(skillLevelByOrdinal(8)).toBeUndefined();
  });

  it('given a key or digit from outside, when parsed, then only ladder values pass', () => {
    expect(SkillLevelKeySchema.parse('level5')).toBe('level5');
    expect(SkillLevelKeySchema.safeParse('level6').success).toBe(false);
    expect(CertificateDigitSchema.parse(3)).toBe(3);
    const wrong = CertificateDigitSchema.safeParse(6);
    expect(wrong.error?.issues[0]?.message).toContain('§3.2');
    expect(isCertificateDigit(0)).toBe(false);
    expect(isCertificateDigit(1)).toBe(true);
  });
});
