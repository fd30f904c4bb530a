import { type Checked, invalid, valid } from '../checked.ts';
import { isCertificateDigit } from '../skill-level.ts';
import type { CertificateDigit } from '../skill-level-table.ts';
import {
  type NumberLayout,
  principalTechnicianLayout,
  skillLevelCertificateLayout,
  splitSegments,
  vocationalQualificationLayout,
} from './layouts.ts';

export type CertificateNumberKind =
  | 'skill-level' // 职业技能等级证书
  | 'principal-technician' // 特级技师证书
  | 'vocational-qualification' // 职业资格证书 (old, 16 digits)
  | 'vocational-qualification-shanghai'; // 上海 职业资格证书, 13 digits

export type CertificateNumberProblem = 'CERT_NO_EMPTY' | 'CERT_NO_FORMAT' | 'CERT_NO_BODY_KIND' | 'CERT_NO_LEVEL';

interface CertificateNumberFormat {
  readonly kind: CertificateNumberKind;
  readonly shape: RegExp;
  readonly layout: NumberLayout;
  /** Prepended for the national lookup (上海 numbers are queried with 000 in front). */
  readonly queryPrefix: string;
  readonly bodyKinds: readonly string[] | null;
  /** Whether the level segment is known to hold the 1–5 certificate digit. */
  readonly levelConfirmed: boolean;
}

/** The numbers the ladder accepts (docs/domain.md §3.2), as data. */
export const certificateNumberFormats: readonly CertificateNumberFormat[] = [
  {
    kind: 'skill-level',
    shape: /^[A-Z]\d{21}$/,
    layout: skillLevelCertificateLayout,
    queryPrefix: '',
    bodyKinds: ['Y', 'S'],
    levelConfirmed: true,
  },
  {
    kind: 'principal-technician',
    shape: /^[A-Z]{2}\d{20}$/,
    layout: principalTechnicianLayout,
    queryPrefix: '',
    bodyKinds: null,
    levelConfirmed: false,
  },
  {
    kind: 'vocational-qualification',
    shape: /^\d{16}$/,
    layout: vocationalQualificationLayout,
    queryPrefix: '',
    bodyKinds: null,
    levelConfirmed: true,
  },
  {
    kind: 'vocational-qualification-shanghai',
    shape: /^\d{13}$/,
    layout: [{ name: 'number', length: 13 }],
    queryPrefix: '000',
    bodyKinds: null,
    levelConfirmed: false,
  },
];

export interface RecognisedCertificateNumber {
  readonly kind: CertificateNumberKind;
  /** Trimmed and upper-cased, as printed. */
  readonly number: string;
  /** What to enter at the national lookup. */
  readonly queryNumber: string;
  readonly segments: Readonly<Record<string, string>>;
  /** null when the number carries no confirmed level digit */
  readonly levelDigit: CertificateDigit | null;
}

/** Tells which kind of certificate number `input` is, or why it is none. */
export function classifyCertificateNumber(
  input: string,
): Checked<RecognisedCertificateNumber, CertificateNumberProblem> {
  const number = input.trim().toUpperCase();
  if (number === '') return invalid('CERT_NO_EMPTY', 'no certificate number given');
  const found = certificateNumberFormats.find((f) => f.shape.test(number));
  if (found === undefined) {
    return invalid(
      'CERT_NO_FORMAT',
      'expected 1 letter + 21 digits (职业技能等级证书), 2 letters + 20 digits (特级技师), or 16 or 13 (上海) digits (职业资格证书)',
    );
  }
  const segments = splitSegments(number, found.layout);
  const bodyKind = segments.bodyKind ?? '';
  if (found.bodyKinds !== null && !found.bodyKinds.includes(bodyKind)) {
    return invalid('CERT_NO_BODY_KIND', `body kind "${bodyKind}" must be one of ${found.bodyKinds.join(', ')}`);
  }
  let levelDigit: CertificateDigit | null = null;
  if (found.levelConfirmed) {
    const digit = Number(segments.level);
    if (!isCertificateDigit(digit)) return invalid('CERT_NO_LEVEL', `level digit "${segments.level}" must be 1–5`);
    levelDigit = digit;
  }
  return valid({ kind: found.kind, number, queryNumber: found.queryPrefix + number, segments, levelDigit });
}
