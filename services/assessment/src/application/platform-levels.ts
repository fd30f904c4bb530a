import { type CertificateFact, type CertificateIssuedFact, certificateStanding } from '@tianfu/platform-certificates';
import { type CertifiedLevel, certifiedLevels, type HeldLevel } from '@tianfu/skill-rules';
import type { OutcomeFact } from '../domain/platform-facts.ts';

/** Some workers' facts: the outcomes decided here and the certificate events of the platform. */
export interface PlatformFacts {
  readonly outcomes: readonly OutcomeFact[];
  readonly certificates: readonly CertificateFact[];
}

const isCertified = (level: string): level is CertifiedLevel => (certifiedLevels as readonly string[]).includes(level);

/** The later decision wins; the same instant goes to the larger eventId, so input order never does. */
const isLater = (a: OutcomeFact, b: OutcomeFact): boolean =>
  a.decidedAt === b.decidedAt ? a._id > b._id : a.decidedAt > b.decidedAt;

function latestOutcomes(outcomes: readonly OutcomeFact[]): OutcomeFact[] {
  const latest = new Map<string, OutcomeFact>();
  for (const fact of outcomes) {
    const known = latest.get(fact.assessment);
    if (known === undefined || isLater(fact, known)) latest.set(fact.assessment, fact);
  }
  return [...latest.values()];
}

function fromOutcome({ level, occupationCode, sessionDate }: OutcomeFact): HeldLevel {
  return { level, occupationCode, obtainedOn: sessionDate, source: 'platform-outcome', certificateNo: null };
}

function fromCertificate({ level, occupationCode, issuedOn, certificateNo }: CertificateIssuedFact): HeldLevel[] {
  if (!isCertified(level)) return [];
  return [{ level, occupationCode, obtainedOn: issuedOn, source: 'platform-certificate', certificateNo }];
}

const sortKey = (h: HeldLevel): string =>
  [h.obtainedOn, h.level, h.occupationCode, h.source, h.certificateNo ?? ''].join('|');

const byKey = (a: HeldLevel, b: HeldLevel): number => {
  const [x, y] = [sortKey(a), sortKey(b)];
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * The levels the platform knows each worker holds (docs/domain.md §2.3: "holding that level
 * (certificate or old 职业资格)"): passes decided here, as the latest outcome of each assessment
 * has it, and certificates of every issuance path (exam, competition, direct recognition,
 * appointment, the legacy 职业资格证书) that are not revoked. Revocation is final, and a revoked
 * exam certificate takes back the pass it was issued from. The facts are read as a set, so the
 * order they arrived in does not change the answer.
 */
export function platformLevels({ outcomes, certificates }: PlatformFacts): Map<string, HeldLevel[]> {
  const { held: certified, revoked } = certificateStanding(certificates);
  const takenBack = new Set(revoked.flatMap((c) => (c.path === 'exam' ? [c.sourceEventId] : [])));
  const held = [
    ...latestOutcomes(outcomes)
      .filter((o) => o.passed && !takenBack.has(o._id))
      .map((o) => ({ workerId: o.workerId, level: fromOutcome(o) })),
    ...certified.flatMap((c) => fromCertificate(c).map((level) => ({ workerId: c.workerId, level }))),
  ];
  const byWorker = new Map<string, HeldLevel[]>();
  for (const { workerId, level } of held) byWorker.set(workerId, [...(byWorker.get(workerId) ?? []), level]);
  for (const levels of byWorker.values()) levels.sort(byKey);
  return byWorker;
}
