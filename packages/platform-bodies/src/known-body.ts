import type { BodyFact, BodyRegisteredFact } from './body-fact.ts';

/** A registered evaluation body as every service that issues in its name must name it: from the registry, never a request. */
export interface KnownBody {
  readonly bodyId: string;
  /** 备案号: positions 1–13 of its certificate numbers (docs/domain.md §3.2). */
  readonly filingNo: string;
  readonly name: string;
  readonly category: BodyRegisteredFact['category'];
  readonly regionCode: string;
  readonly suspended: boolean;
}

const later = (a: BodyFact, b: BodyFact): BodyFact => ([a.at, a._id].join('|') >= [b.at, b._id].join('|') ? a : b);

/**
 * The body the facts describe, null until its registration arrives. Suspension holds until a later
 * reinstatement; the facts are read as a set, so the order they arrived in never changes the answer.
 */
export function knownBody(facts: readonly BodyFact[]): KnownBody | null {
  const registered = facts.find((f): f is BodyRegisteredFact => f.kind === 'registered');
  if (registered === undefined) return null;
  const status = facts
    .filter((f) => f.kind !== 'registered')
    .reduce<BodyFact | null>((latest, f) => (latest === null ? f : later(latest, f)), null);
  const { bodyId, filingNo, name, category, regionCode } = registered;
  return { bodyId, filingNo, name, category, regionCode, suspended: status?.kind === 'suspended' };
}
