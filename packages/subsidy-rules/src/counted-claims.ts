import type { SubsidyKind } from '@tianfu/contracts';
import type { PriorClaim } from './claim-input.ts';

/** The prior claims of these kinds that count in a year; those paid to an employer or a provider count too. */
export const countedIn = (claims: readonly PriorClaim[], year: number, kinds: readonly SubsidyKind[]): PriorClaim[] =>
  claims.filter((c) => c.countsInYear === year && kinds.includes(c.kind));

/** "2 counted in 2025 (1 of them paid to an employer or provider for the worker)" */
export function describeCounted(counted: readonly PriorClaim[], year: number): string {
  const forThem = counted.filter((c) => c.payee !== 'worker').length;
  const paidElsewhere = forThem === 0 ? '' : ` (${forThem} of them paid to an employer or provider for the worker)`;
  return `${counted.length} already counted in ${year}${paidElsewhere}`;
}
