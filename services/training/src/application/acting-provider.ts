import type { RequestCaller } from '@tianfu/service-kit';

/** The provider a training-provider token acts for; null for the office (and admin), who act on any class. */
export const actingProvider = ({ principal }: RequestCaller): string | null =>
  principal.role === 'training-provider' ? (principal.providerId ?? null) : null;
