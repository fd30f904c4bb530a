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

const certifiedLevels = ['level5', 'level4', 'level3', 'level2', 'level1'] as const;
export type CertifiedLevelKey = (typeof certifiedLevels)[number];

/** The higher of two of 五级 … 一级 (null is lower than any). */
export const higherCertifiedLevel = (
  a: CertifiedLevelKey | null,
  b: CertifiedLevelKey | null,
): CertifiedLevelKey | null =>
  a === null ? b : b === null ? a : certifiedLevels.indexOf(a) >= certifiedLevels.indexOf(b) ? a : b;

/** The highest of 五级 … 一级 held in the occupation, by certificates not revoked or suspended. */
export function highestCertifiedLevel(
  held: readonly CertificateIssuedFact[],
  occupationCode: string,
): CertifiedLevelKey | null {
  return held
    .filter((c) => c.occupationCode === occupationCode)
    .map((c) => c.level)
    .filter((level): level is CertifiedLevelKey => (certifiedLevels as readonly string[]).includes(level))
    .reduce<CertifiedLevelKey | null>(higherCertifiedLevel, null);
}
