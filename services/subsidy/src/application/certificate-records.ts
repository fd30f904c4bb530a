import type { SkillLevelKey } from '@tianfu/contracts';
import {
  type CertificateFact,
  type CertificateIssuedFact,
  type CertificateReissuedFact,
  certificateStanding,
} from '@tianfu/platform-certificates';

export type CertificateStatus = 'valid' | 'suspended' | 'revoked';

/** A certificate as a subsidy claim is judged on it: whose, which occupation and level, since when, and where it stands. */
export interface CertificateRecord {
  readonly certificateNo: string;
  readonly certificateId: string;
  readonly workerId: string;
  readonly occupationCode: string;
  readonly level: SkillLevelKey;
  /** 核发 date, YYYY-MM-DD: the claim window counts from it (docs/domain.md §7.9). */
  readonly issuedOn: string;
  readonly path: CertificateIssuedFact['path'];
  readonly status: CertificateStatus;
  /** When the status last changed: the issue day while it never did, else the change's instant. */
  readonly statusSince: string;
  /** Printed again under the same number (补发): each reissue's print serial and time, oldest first. */
  readonly reissues: Pick<CertificateReissuedFact, 'printSerial' | 'at'>[];
}

type StatusKind = 'revoked' | 'suspended' | 'reinstated';

const latestAt = (facts: readonly CertificateFact[], kind: StatusKind): string | undefined =>
  facts
    .flatMap((f) => (f.kind === kind && 'at' in f ? [f.at] : []))
    .sort()
    .at(-1);

const sinceKind: Record<CertificateStatus, StatusKind> = {
  revoked: 'revoked',
  suspended: 'suspended',
  valid: 'reinstated',
};

const byIssue = (a: CertificateRecord, b: CertificateRecord): number =>
  a.issuedOn === b.issuedOn ? a.certificateNo.localeCompare(b.certificateNo) : a.issuedOn < b.issuedOn ? -1 : 1;

/**
 * Each issued certificate among the facts, with where it stands after every status change
 * certification published (revocation is final; a suspension holds until a later reinstatement;
 * a reissue changes nothing but the print). The facts are read as a set: the order they arrived in
 * never changes the answer, and a fact recorded twice counts once.
 */
export function certificateRecords(facts: readonly CertificateFact[]): CertificateRecord[] {
  const standing = certificateStanding(facts);
  const statuses: [CertificateStatus, readonly CertificateIssuedFact[]][] = [
    ['valid', standing.held],
    ['suspended', standing.suspended],
    ['revoked', standing.revoked],
  ];
  return statuses
    .flatMap(([status, issued]) =>
      issued.map((certificate): CertificateRecord => {
        const own = facts.filter((f) => f.certificateId === certificate.certificateId);
        const reissues = own
          .filter((f): f is CertificateReissuedFact => f.kind === 'reissued')
          .map(({ printSerial, at }) => ({ printSerial, at }))
          .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
        const { certificateNo, certificateId, workerId, occupationCode, level, issuedOn, path } = certificate;
        const statusSince = latestAt(own, sinceKind[status]) ?? issuedOn;
        return {
          certificateNo,
          certificateId,
          workerId,
          occupationCode,
          level,
          issuedOn,
          path,
          status,
          statusSince,
          reissues,
        };
      }),
    )
    .sort(byIssue);
}
