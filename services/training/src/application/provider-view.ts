import { chinaDate } from '@tianfu/contracts';
import type { ProviderRecord } from './provider-commands.ts';
import { lineOf } from './provider-directory.ts';

/** A provider's whole record as of `now`: its directory line, status with reason, every grading. */
export function providerView({ provider, revision }: ProviderRecord, now: Date) {
  const { status, statusReason, gradings, registeredAt } = provider;
  const line = lineOf(provider, chinaDate(now.toISOString()));
  // Register documents stored before the record kept the day of a status change have none.
  const statusChangedAt = provider.statusChangedAt ?? null;
  return { ...line, status, statusReason, statusChangedAt, gradings: [...gradings], registeredAt, revision };
}

export type ProviderView = ReturnType<typeof providerView>;
