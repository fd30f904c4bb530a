import type { CertificateFact, CertificateIssuedFact, CertificateStatusFact } from './certificate-fact.ts';

/** Some workers' issued certificates, split by where each stands: held, suspended, or revoked. */
export interface CertificateStanding {
  readonly held: readonly CertificateIssuedFact[];
  readonly suspended: readonly CertificateIssuedFact[];
  readonly revoked: readonly CertificateIssuedFact[];
}

/** The certificates whose latest suspension or reinstatement is a suspension (ties broken by fact id). */
function suspendedIds(certificates: readonly CertificateFact[]): Set<string> {
  const latest = new Map<string, CertificateStatusFact>();
  for (const c of certificates) {
    if (c.kind !== 'suspended' && c.kind !== 'reinstated') continue;
    const seen = latest.get(c.certificateId);
    if (seen === undefined || [c.at, c._id].join('|') > [seen.at, seen._id].join('|')) latest.set(c.certificateId, c);
  }
  return new Set([...latest.values()].filter((c) => c.kind === 'suspended').map((c) => c.certificateId));
}

const sortKey = (c: CertificateIssuedFact): string => [c.issuedOn, c.certificateNo, c._id].join('|');
const byKey = (a: CertificateIssuedFact, b: CertificateIssuedFact): number => {
  const [x, y] = [sortKey(a), sortKey(b)];
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * Revocation is final, and it may arrive before the issuance it revokes; a suspension holds until
 * a later reinstatement. The facts are read as a set and the lists are sorted, so the order they
 * arrived in never changes the answer.
 */
export function certificateStanding(certificates: readonly CertificateFact[]): CertificateStanding {
  const revokedIds = new Set(certificates.flatMap((c) => (c.kind === 'revoked' ? [c.certificateId] : [])));
  const suspended = suspendedIds(certificates);
  const issued = certificates.filter((c): c is CertificateIssuedFact => c.kind === 'issued').sort(byKey);
  const notRevoked = issued.filter((c) => !revokedIds.has(c.certificateId));
  return {
    held: notRevoked.filter((c) => !suspended.has(c.certificateId)),
    suspended: notRevoked.filter((c) => suspended.has(c.certificateId)),
    revoked: issued.filter((c) => revokedIds.has(c.certificateId)),
  };
}

/** The certificates still held: issued on any path (exam, competition, recognition, appointment, legacy), neither revoked nor suspended. */
export const heldCertificates = (certificates: readonly CertificateFact[]): readonly CertificateIssuedFact[] =>
  certificateStanding(certificates).held;
