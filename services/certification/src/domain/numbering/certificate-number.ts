import {
  BodyFilingNoSchema,
  type BodyKind,
  buildCertificateNo,
  certificateDigitOf,
  type NumberLayout,
  principalTechnicianLayout,
  type SkillLevelKey,
  skillLevelCertificateLayout,
  skillLevelKeys,
} from '@tianfu/contracts';
import { numberingError } from './numbering-errors.ts';

/** The steps that get a numbered certificate: 五级 … 一级 and 特级技师. */
export type NumberedLevel = Exclude<SkillLevelKey, 'apprentice' | 'chief-technician'>;

export interface CertificateNumberInput {
  /** 备案号 of the issuing body, e.g. Y000051001064 */
  readonly filingNo: string;
  /** Full year of issue (2000–2099); the number keeps its last two digits. */
  readonly year: number;
  readonly level: NumberedLevel;
  readonly serial: number;
}

/**
 * ⚠ 特级技师 numbers are 2 capital letters + 20 digits (docs/domain.md §3.2) but the letters are not
 * confirmed. We write `T` (特级) followed by the body's kind letter, so the 备案号 stays readable
 * whole at positions 2–14, and level digit `0`, continuing the 1 = 一级 order one step up. The
 * level/serial split (1 + 5 digits) is the contracts' principalTechnicianLayout assumption.
 */
const PRINCIPAL_LETTER = 'T';
const PRINCIPAL_LEVEL_DIGIT = 0;

const layoutOf = (level: NumberedLevel): NumberLayout =>
  level === 'principal-technician' ? principalTechnicianLayout : skillLevelCertificateLayout;

const serialWidth = (layout: NumberLayout): number => layout.find((s) => s.name === 'serial')?.length ?? 0;

/** The largest serial the level's number has room for: 999999, or 99999 for 特级技师. */
export const maxSerialFor = (level: NumberedLevel): number => 10 ** serialWidth(layoutOf(level)) - 1;

/** 职业技能等级证书编号 (五级 … 一级) or 特级技师 number for one serial (docs/domain.md §3.2). */
export function certificateNumberFor({ filingNo, year, level, serial }: CertificateNumberInput): string {
  checkLevel(level);
  const filing = checkedFilingNo(filingNo);
  checkYear(year);
  checkSerial(serial, level);
  const bodyKind = filing.slice(0, 1) as BodyKind;
  const bodyCode = Number(filing.slice(1, 5));
  const province = Number(filing.slice(5, 7));
  const bodySequence = Number(filing.slice(7, 13));
  const levelDigit = certificateDigitOf(level);
  if (levelDigit !== null) {
    return buildCertificateNo({ bodyKind, bodyCode, province, bodySequence, year, levelDigit, serial });
  }
  const values: Record<string, string | number> = {
    bodyKind: `${PRINCIPAL_LETTER}${bodyKind}`,
    bodyCode,
    province,
    bodySequence,
    year: year % 100,
    level: PRINCIPAL_LEVEL_DIGIT,
    serial,
  };
  return principalTechnicianLayout.map(({ name, length }) => String(values[name]).padStart(length, '0')).join('');
}

/**
 * What serials are unique within: prefix + year + level (docs/domain.md §3.2, level ⚠). It is the
 * number without its serial, e.g. Y000051001064253, so the two number forms never share a scope.
 */
export function serialScope(filingNo: string, year: number, level: NumberedLevel): string {
  return certificateNumberFor({ filingNo, year, level, serial: 1 }).slice(0, -serialWidth(layoutOf(level)));
}

function checkedFilingNo(filingNo: string): string {
  const parsed = BodyFilingNoSchema.safeParse(filingNo);
  if (!parsed.success) throw numberingError('FILING_NO_INVALID', `"${filingNo}" is not a 备案号 (Y or S + 12 digits)`);
  return parsed.data;
}

/** The type already says so; this guards callers that pass parsed or untyped input. */
function checkLevel(level: string): void {
  const known = (skillLevelKeys as readonly string[]).includes(level);
  if (known && (level === 'principal-technician' || certificateDigitOf(level as SkillLevelKey) !== null)) return;
  throw numberingError('LEVEL_NOT_NUMBERED', `${level} gets no numbered certificate (五级 … 一级 and 特级技师 do)`);
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2099) {
    throw numberingError('ISSUE_YEAR_INVALID', `year of issue ${year} must be a whole year 2000–2099`);
  }
}

function checkSerial(serial: number, level: NumberedLevel): void {
  // The allocator never hands out more than the range holds (its SERIAL_EXHAUSTED is an operational error).
  const max = maxSerialFor(level);
  if (!Number.isInteger(serial) || serial < 1 || serial > max) {
    throw numberingError('SERIAL_INVALID', `serial ${serial} must be a whole number from 1 to ${max} for ${level}`, {
      max,
    });
  }
}
