import { z } from 'zod';
import { contractError } from '../../errors/contract-error.ts';
import { CertificateDigitSchema } from '../skill-level.ts';
import type { CertificateDigit } from '../skill-level-table.ts';
import { skillLevelCertificateLayout, splitSegments } from './layouts.ts';

/** 职业技能等级证书编号 (docs/domain.md §3.2). */
export const certificateNoPattern = /^[YS]\d{4}\d{2}\d{6}\d{2}[1-5]\d{6}$/;

const formatMessage = 'certificate number must be Y or S + 21 digits with level digit 1–5 (docs/domain.md §3.2)';

/** Trims and upper-cases first: people type numbers from paper. */
export const CertificateNoSchema = z.string().trim().toUpperCase().regex(certificateNoPattern, formatMessage);
export type CertificateNo = z.infer<typeof CertificateNoSchema>;

/** 备案号 of an evaluation body: positions 1–13 of its certificate numbers. */
export const BodyFilingNoSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[YS]\d{12}$/, 'body filing number (备案号) must be Y or S + 12 digits (docs/domain.md §3.2)');

export type BodyKind = 'Y' | 'S'; // 用人单位 | 社会培训评价组织

export interface CertificateNoParts {
  readonly bodyKind: BodyKind;
  /** 0 when the body is registered with a province rather than with MOHRSS */
  readonly bodyCode: number;
  readonly province: number;
  readonly bodySequence: number;
  /** Full year; the number keeps its last two digits (等级认定 began in 2019, so always 20xx). */
  readonly year: number;
  readonly levelDigit: CertificateDigit;
  readonly serial: number;
}

const digits = (max: number, rule: string) =>
  z
    .number()
    .int(`${rule} must be a whole number`)
    .min(0, `${rule} must not be negative`)
    .max(max, `${rule} must fit ${String(max).length} digits`);

export const CertificateNoPartsSchema = z.object({
  bodyKind: z.enum(['Y', 'S'], { error: 'body kind is Y (用人单位) or S (社会培训评价组织)' }),
  bodyCode: digits(9999, 'body code'),
  province: digits(99, 'province'),
  bodySequence: digits(999_999, 'body sequence'),
  year: z.number().int().min(2000, 'year must be 2000–2099').max(2099, 'year must be 2000–2099'),
  levelDigit: CertificateDigitSchema,
  serial: digits(999_999, 'serial'),
});

export const isCertificateNo = (value: unknown): value is CertificateNo =>
  typeof value === 'string' && certificateNoPattern.test(value);

/** Splits a certificate number into its 7 parts; throws CERTIFICATE_NO_INVALID when it is not one. */
export function parseCertificateNo(value: string): CertificateNoParts {
  if (!isCertificateNo(value)) throw contractError('CERTIFICATE_NO_INVALID', `${formatMessage}: got "${value}"`);
  const s = splitSegments(value, skillLevelCertificateLayout);
  return {
    bodyKind: s.bodyKind as BodyKind,
    bodyCode: Number(s.bodyCode),
    province: Number(s.province),
    bodySequence: Number(s.bodySequence),
    year: 2000 + Number(s.year),
    levelDigit: Number(s.level) as CertificateDigit,
    serial: Number(s.serial),
  };
}

/** Writes the parts zero-padded; throws CERTIFICATE_NO_PARTS_INVALID (with zod issues) when a part is out of range. */
export function buildCertificateNo(parts: CertificateNoParts): CertificateNo {
  const checked = CertificateNoPartsSchema.safeParse(parts);
  if (!checked.success) {
    const message = checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw contractError('CERTIFICATE_NO_PARTS_INVALID', message, { issues: checked.error.issues });
  }
  const p = checked.data;
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${p.bodyKind}${pad(p.bodyCode, 4)}${pad(p.province, 2)}${pad(p.bodySequence, 6)}${pad(p.year % 100, 2)}${p.levelDigit}${pad(p.serial, 6)}`;
}

/** The body's 备案号 (positions 1–13): serials are unique within it and the year (and the level ⚠). */
export function certificateNoPrefix(value: CertificateNo): string {
  if (!isCertificateNo(value)) throw contractError('CERTIFICATE_NO_INVALID', `${formatMessage}: got "${value}"`);
  return value.slice(0, 13);
}
