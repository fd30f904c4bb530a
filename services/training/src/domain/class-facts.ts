import type { TrainingKind } from '@tianfu/contracts';
import type { Refusal } from './roster-errors.ts';

/** One dated sitting of a class's schedule, with its hours (theory + practical). */
export interface Sitting {
  readonly sittingId: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly hours: number;
}

export type ProviderStanding = 'listed' | 'suspended' | 'removed';

/**
 * What the roster's rules need of a filed class (备案, before it starts) and its provider, as the
 * handler read them from the class and provider records (docs/domain.md §7.1); the roster never changes them.
 */
export interface ClassFacts {
  readonly classId: string;
  readonly providerId: string;
  readonly providerStanding: ProviderStanding;
  readonly kind: TrainingKind;
  /** The 市(州) the class runs in, for the completion rule of its region. */
  readonly regionCode: string;
  readonly capacity: number;
  /** Recorded by the office after it ran (补录): its roster is recorded whole, once (docs/domain.md §7.1). */
  readonly lateFiled: boolean;
  /** In time order; at least one. */
  readonly sittings: readonly Sitting[];
}

const chinaOffsetMs = 8 * 60 * 60 * 1000;

/** The China Standard Time day (YYYY-MM-DD) of an instant: classes keep Sichuan's calendar. */
export const chinaDay = (at: string | number): string =>
  new Date(new Date(at).getTime() + chinaOffsetMs).toISOString().slice(0, 10);

/** The day the class's last sitting ends: after it the class is finished. */
export const classEndsOn = (facts: ClassFacts): string =>
  chinaDay(Math.max(...facts.sittings.map((s) => Date.parse(s.endsAt))));

/**
 * A suspended or removed provider takes no enrolments and redeems no vouchers (docs/domain.md §7.1):
 * refused with the codes the provider register uses for the same rule, naming `providerId`.
 */
export function unlistedProvider(standing: ProviderStanding, what: string): Refusal | null {
  if (standing === 'listed') return null;
  return {
    code: standing === 'suspended' ? 'PROVIDER_SUSPENDED' : 'PROVIDER_REMOVED',
    field: 'providerId',
    rule: 'listed_provider',
    message: `the provider is ${standing} and ${what}`,
  };
}

export const classHours = (facts: ClassFacts): number => facts.sittings.reduce((sum, s) => sum + s.hours, 0);

/** Only a class's own provider acts on its roster; `byProviderId` null is the training office, which may act on any. */
export function otherProvidersClass(facts: ClassFacts, byProviderId: string | null): Refusal | null {
  if (byProviderId === null || facts.providerId === byProviderId) return null;
  const message = `class ${facts.classId} belongs to another provider`;
  return { code: 'CLASS_OF_OTHER_PROVIDER', field: 'classId', rule: 'own_class', message };
}
