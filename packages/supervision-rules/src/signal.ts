/** The named rules supervision flags by (docs/domain.md §7.12). */
export const signalRules = [
  'overlapping-classes',
  'two-places-at-once',
  'identical-sign-ins',
  'rate-above-peers',
  'certificate-burst',
  'claim-for-held-level',
  'examiner-own-employer',
] as const;
export type SignalRule = (typeof signalRules)[number];

export type SubjectKind = 'worker' | 'class' | 'provider' | 'body' | 'session' | 'claim';

/** A fact a signal rests on, as a person checking it would read it. */
export type FactValue = string | number | boolean | null;

/**
 * One flag: the rule, what it is about, the facts and the peer comparison it rests on in plain words
 * and as values, and the ids of the events that hold those facts, so a person can check each.
 */
export interface Signal {
  readonly rule: SignalRule;
  readonly subject: { readonly kind: SubjectKind; readonly id: string };
  readonly explanation: string;
  readonly facts: Readonly<Record<string, FactValue>>;
  readonly evidence: readonly string[];
}
