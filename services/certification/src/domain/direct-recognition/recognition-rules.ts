import type { NumberedLevel } from '../numbering/index.ts';

/**
 * 直接认定 (the 川渝 pilot): what the certificate office needs before it recognises a worker at a
 * level without an exam. ⚠ docs/domain.md gives no numbers for the pilot: these are a starting set to
 * confirm against the pilot's notice, kept as data so a correction is a data change. Every rule
 * needs an approving expert panel (评审委员会) and an employer who vouches for the years.
 */
export interface RecognitionRule {
  readonly ruleId: string;
  readonly level: NumberedLevel;
  /** Cumulative years in the occupation or a related one. */
  readonly minYears: number;
  /** A level the worker must already hold in the occupation, e.g. 一级 before 特级技师. */
  readonly requiresHeld: NumberedLevel | null;
  readonly text: string;
  readonly unconfirmed: true;
}

export const recognitionRules: readonly RecognitionRule[] = [
  { ruleId: 'dr-level5', level: 'level5', minYears: 1, requiresHeld: null, text: '五级: 1 年', unconfirmed: true },
  { ruleId: 'dr-level4', level: 'level4', minYears: 3, requiresHeld: null, text: '四级: 3 年', unconfirmed: true },
  { ruleId: 'dr-level3', level: 'level3', minYears: 5, requiresHeld: null, text: '三级: 5 年', unconfirmed: true },
  { ruleId: 'dr-level2', level: 'level2', minYears: 8, requiresHeld: null, text: '二级: 8 年', unconfirmed: true },
  { ruleId: 'dr-level1', level: 'level1', minYears: 12, requiresHeld: null, text: '一级: 12 年', unconfirmed: true },
  {
    ruleId: 'dr-principal',
    level: 'principal-technician',
    minYears: 15,
    requiresHeld: 'level1',
    text: '特级技师: 一级/高级技师 + 15 年',
    unconfirmed: true,
  },
];
