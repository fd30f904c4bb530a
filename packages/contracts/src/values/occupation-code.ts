import { z } from 'zod';

/** 大类-中类-小类-细类 of the 2022 职业分类大典 (docs/domain.md §3.4). */
export const occupationCodePattern = /^[1-8]-\d{2}-\d{2}-\d{2}$/;

export const OccupationCodeSchema = z
  .string()
  .regex(occupationCodePattern, 'occupation code must be 大类-中类-小类-细类 like 4-12-01-01 (docs/domain.md §3.4)');
export type OccupationCode = z.infer<typeof OccupationCodeSchema>;

export const isOccupationCode = (value: unknown): value is OccupationCode =>
  typeof value === 'string' && occupationCodePattern.test(value);

/** The four levels of the classification, as numbers. */
export interface OccupationCodeParts {
  readonly majorGroup: number; // 大类
  readonly middleGroup: number; // 中类
  readonly minorGroup: number; // 小类
  readonly occupation: number; // 细类
}

export function occupationCodeParts(code: OccupationCode): OccupationCodeParts {
  if (!isOccupationCode(code)) throw new RangeError(`not an occupation code: ${code}`);
  const [majorGroup, middleGroup, minorGroup, occupation] = code.split('-').map(Number) as [
    number,
    number,
    number,
    number,
  ];
  return { majorGroup, middleGroup, minorGroup, occupation };
}

/** 大类 whose occupations skill-level assessment (职业技能等级认定) covers (docs/domain.md §3.4). */
export const assessableMajorGroups: readonly number[] = [3, 4, 5, 6];

export const isAssessableOccupation = (code: OccupationCode): boolean =>
  assessableMajorGroups.includes(occupationCodeParts(code).majorGroup);
