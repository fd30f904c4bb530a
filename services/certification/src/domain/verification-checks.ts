import {
  type CertificateRevokedData,
  certificateDigitOf,
  classifyCertificateNumber,
  type SkillLevelKey,
  skillLevel,
} from '@tianfu/contracts';
import type { CertificateStatus } from './certificate.ts';

type RevocationReason = CertificateRevokedData['reason'];

export type CheckName = 'signature' | 'issuer' | 'status' | 'level' | 'occupation' | 'issueDate';

/** One thing verification checked, shown apart so a verifier sees which one failed. */
export interface VerificationCheck {
  readonly check: CheckName;
  readonly passed: boolean;
  /** What was checked: the key id, the body, the status, the level, the occupation, the date. */
  readonly detail?: string;
  /** For a revoked or suspended certificate: the day (China Standard Time) it became so. */
  readonly since?: string;
  /** For a revoked certificate: the reason's category; the office's note is never public. */
  readonly reason?: RevocationReason;
}

/** What verification found out about one certificate, gathered by the application layer. */
export interface CheckFacts {
  readonly certificateNo: string;
  /** The published key its credential verifies under; null when it verifies under none. */
  readonly signedBy: string | null;
  readonly bodyName: string;
  readonly status: CertificateStatus;
  readonly statusSince: string | null;
  readonly revocationReason: RevocationReason | null;
  /** The supervision case that decided the revocation, if one did. */
  readonly revocationCaseRef: string | null;
  readonly level: SkillLevelKey;
  readonly occupationCode: string;
  /** The catalogue's name of the occupation; null when the catalogue does not hold it. */
  readonly occupationName: string | null;
  readonly issuedOn: string;
  readonly today: string;
}

/** A number that carries a level digit must carry the level's (docs/domain.md §3.2). */
function levelCheck({ certificateNo, level }: CheckFacts): VerificationCheck {
  const digit = certificateDigitOf(level);
  const number = classifyCertificateNumber(certificateNo);
  const numbered = number.ok ? number.value.levelDigit : null;
  return { check: 'level', passed: numbered === null || numbered === digit, detail: skillLevel(level).label };
}

function statusCheck({ status, statusSince, revocationReason, revocationCaseRef }: CheckFacts): VerificationCheck {
  return {
    check: 'status',
    passed: status === 'valid',
    detail: status,
    ...(status !== 'valid' && statusSince !== null ? { since: statusSince } : {}),
    ...(status === 'revoked' && revocationReason !== null ? { reason: revocationReason } : {}),
    ...(status === 'revoked' && revocationCaseRef !== null ? { caseRef: revocationCaseRef } : {}),
  };
}

/**
 * Each check of a found certificate (docs/domain.md §3.1): its credential's signature, the key and
 * body that issued it, its status, its level against its number, its occupation in the catalogue,
 * and its 发证日期 not in the future.
 */
export function verificationChecks(facts: CheckFacts): VerificationCheck[] {
  const { signedBy, bodyName, occupationCode, occupationName, issuedOn, today } = facts;
  return [
    { check: 'signature', passed: signedBy !== null, ...(signedBy === null ? {} : { detail: signedBy }) },
    { check: 'issuer', passed: signedBy !== null && bodyName.trim() !== '', detail: bodyName },
    statusCheck(facts),
    levelCheck(facts),
    {
      check: 'occupation',
      passed: occupationName !== null,
      detail: occupationName === null ? occupationCode : `${occupationCode} ${occupationName}`,
    },
    { check: 'issueDate', passed: issuedOn <= today, detail: issuedOn },
  ];
}
