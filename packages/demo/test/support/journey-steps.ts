import { it } from 'vitest';
import { connectPlatform, type Platform } from '../../src/index.ts';

// Each step waits on services that learn through Kafka, each wait with a deadline shorter than this.
const stepTimeoutMs = 240_000;

export interface JourneySteps<Learnt> {
  /** One step of the journey, run against the platform once it answers. */
  step(title: string, run: (platform: Platform) => Promise<void>): void;
  /** What the steps learn on the way, for later steps. */
  readonly learnt: Partial<Learnt>;
  /** What an earlier step learnt; a step that needs what an earlier one failed to learn says so. */
  earlier<K extends keyof Learnt>(key: K): NonNullable<Learnt[K]>;
}

/** The steps of an e2e journey over the running platform, each learning what later ones need. */
export function journeySteps<Learnt extends object>(): JourneySteps<Learnt> {
  // When a service does not answer, every step fails with its URL (a skipped journey would pass unseen).
  const ready = connectPlatform();
  ready.catch(() => undefined);
  const learnt: Partial<Learnt> = {};
  return {
    learnt,
    step: (title, run) => {
      it(title, async () => run(await ready), stepTimeoutMs);
    },
    earlier(key) {
      const value = learnt[key];
      if (value === undefined) throw new Error(`an earlier step did not get ${String(key)}`);
      return value as NonNullable<Learnt[typeof key]>;
    },
  };
}
