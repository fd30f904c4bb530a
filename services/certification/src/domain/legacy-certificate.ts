import type { CatalogueState } from '@tianfu/catalogue-view/state';
import {
  classifyCertificateNumber,
  type OccupationCode,
  type SealedName,
  skillLevelFromDigit,
  type WorkerId,
} from '@tianfu/contracts';
import { certificateIdFor, type Issuance } from './issuance.ts';
import type { NumberedLevel } from './numbering/index.ts';

/** One old state 职业资格证书 as the certificate office imports it, so the ladder sees the worker's past. */
export interface LegacyCertificate {
  readonly certificateNo: string;
  readonly workerId: WorkerId;
  readonly holderName: SealedName | null;
  readonly occupationCode: OccupationCode;
  readonly workType: string;
  readonly level: Extract<NumberedLevel, `level${number}`>;
  readonly issuedOn: string;
  /** 发证机关 as printed, e.g. 四川省职业技能鉴定指导中心. */
  readonly issuerName: string;
}

export interface LegacyProblem {
  readonly column: 'certificateNo' | 'occupationCode' | 'level' | 'issuedOn';
  readonly rule: string;
  readonly message: string;
}

type Checked =
  | { readonly ok: true; readonly issuance: Issuance }
  | { readonly ok: false; readonly problems: LegacyProblem[] };

/**
 * An old number (16 digits, or 上海's 13 queried with 000 in front, docs/domain.md §3.2) becomes a
 * certificate with basis "legacy" under that number. Its level digit and year must agree with
 * what the row says, it was not issued after `today` (the China date of the import), and its
 * occupation is one the catalogue holds: retired since or not, for the certificate is history, and
 * its level is not judged by today's standards, which 职业资格 predate. The id derives from the
 * number, so importing it again issues nothing new.
 */
export function legacyIssuance(row: LegacyCertificate, today: string, catalogue: CatalogueState): Checked {
  const classified = classifyCertificateNumber(row.certificateNo);
  if (!classified.ok)
    return { ok: false, problems: [{ column: 'certificateNo', rule: classified.code, message: classified.reason }] };
  const { kind, queryNumber, segments, levelDigit } = classified.value;
  if (kind !== 'vocational-qualification' && kind !== 'vocational-qualification-shanghai') {
    const message = 'a legacy import takes old 职业资格证书 numbers (16 digits, or 13 for 上海)';
    return { ok: false, problems: [{ column: 'certificateNo', rule: 'not_legacy_number', message }] };
  }
  const problems: LegacyProblem[] = [];
  if (!catalogue.occupations.has(row.occupationCode)) {
    problems.push({
      column: 'occupationCode',
      rule: 'in_catalogue',
      message: `occupation ${row.occupationCode} is not in the catalogue`,
    });
  }
  if (levelDigit !== null && skillLevelFromDigit(levelDigit).key !== row.level) {
    problems.push({
      column: 'level',
      rule: 'level_mismatch',
      message: `the number's level digit ${levelDigit} is not ${row.level}`,
    });
  }
  if (segments.year !== undefined && segments.year !== row.issuedOn.slice(2, 4)) {
    problems.push({
      column: 'issuedOn',
      rule: 'year_mismatch',
      message: `the number was issued in year ${segments.year}`,
    });
  }
  if (row.issuedOn > today) {
    problems.push({
      column: 'issuedOn',
      rule: 'not_after_today',
      message: `${row.issuedOn} is after today (${today})`,
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  const issuer =
    kind === 'vocational-qualification'
      ? `${segments.province}${segments.city}${segments.bodyKind}${segments.bodySerial}`
      : 'shanghai';
  return {
    ok: true,
    issuance: {
      certificateId: certificateIdFor(`legacy:${queryNumber}`),
      workerId: row.workerId,
      holderName: row.holderName,
      body: { bodyId: `legacy-${issuer}`, filingNo: null, bodyName: row.issuerName },
      occupationCode: row.occupationCode,
      workType: row.workType,
      level: row.level,
      issuedOn: row.issuedOn,
      basis: { path: 'legacy', sourceEventId: null, reference: `职业资格证书 ${classified.value.number}` },
      certificateNo: queryNumber,
    },
  };
}
