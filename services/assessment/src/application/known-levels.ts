import type { EventEnvelope } from '@tianfu/contracts';
import type { CertificateFacts } from '@tianfu/platform-certificates';
import type { HeldLevel } from '@tianfu/skill-rules';
import type { OutcomeFacts } from './outcome-facts.ts';
import { platformLevels } from './platform-levels.ts';

export interface KnownLevels {
  /** Records the outcomes among a command's events (outcome-facts.ts). */
  record(events: readonly EventEnvelope[]): Promise<void>;
  /** The levels the platform knows each worker holds (§2.3 "certificates the platform knows"), each with its source. */
  of(workerIds: readonly string[]): Promise<ReadonlyMap<string, readonly HeldLevel[]>>;
}

/** Outcomes decided here and certificates issued on the platform, read together per worker. */
export function knownLevels(outcomes: OutcomeFacts, certificates: CertificateFacts): KnownLevels {
  return {
    record: (events) => outcomes.record(events),
    async of(workerIds) {
      if (workerIds.length === 0) return new Map();
      const [decided, issued] = await Promise.all([outcomes.of(workerIds), certificates.of(workerIds)]);
      return platformLevels({ outcomes: decided, certificates: issued });
    },
  };
}
