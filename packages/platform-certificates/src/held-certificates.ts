import type { CertificateFact, CertificateIssuedFact } from './certificate-fact.ts';

/** Some workers' issued certificates, split by whether a revocation of each is known. */
export interface CertificateStanding {
  readonly held: readonly CertificateIssuedFact[];
  readonly revoked: readonly CertificateIssuedFact[];
}

const sortKey = (c: CertificateIssuedFact): string => [c.issuedOn, c.certificateNo, c._id].join('|');
const byKey = (a: CertificateIssuedFact, b: CertificateIssuedFact): number => {
  const [x, y] = [sortKey(a), sortKey(b)];
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * Revocation is final, and it may arrive before the issuance it revokes: the facts are read as a
 * set, and both lists are sorted, so the order they arrived in never changes the answer.
 */
export function certificateStanding(certificates: readonly CertificateFact[]): CertificateStanding {
  const revokedIds = new Set(certificates.flatMap((c) => (c.kind === 'revoked' ? [c.certificateId] : [])));
  const issued = certificates.filter((c): c is CertificateIssuedFact => c.kind === 'issued').sort(byKey);
  return {
    held: issued.filter((c) => !revokedIds.has(c.certificateId)),
    revoked: issued.filter((c) => revokedIds.has(c.certificateId)),
  };
}

/** The certificates still held: issued on any path (exam, competition, recognition, appointment, legacy), not revoked. */
export const heldCertificates = (certificates: readonly CertificateFact[]): readonly CertificateIssuedFact[] =>
  certificateStanding(certificates).held;
