/** When a token's batch misses are worth an alert: enough items in the window, and mostly misses. */
export interface MissWatchSettings {
  readonly windowMs: number;
  /** Fewer items than this in a window never alert: a small batch of typos is not enumeration. */
  readonly minItems: number;
  /** The share of misses (0–1) at or above which a window alerts. */
  readonly ratio: number;
}

const SWEEP_AT = 10_000;

export const DEFAULT_MISS_WATCH: MissWatchSettings = { windowMs: 10 * 60_000, minItems: 200, ratio: 0.5 };

export interface MissAlert {
  readonly token: string;
  readonly items: number;
  readonly misses: number;
}

interface Window {
  readonly started: number;
  items: number;
  misses: number;
  alerted: boolean;
}

/**
 * Counts each token's batch items and misses per window. A high miss ratio is the mark of
 * enumeration (sequential numbers tried with guessed names): it alerts once per token and window.
 */
export function missWatch(settings: MissWatchSettings, clock: () => Date) {
  const windows = new Map<string, Window>();
  // Windows that ended are dropped once this many are held, so tokens seen once do not stay in memory.
  const sweep = (now: number) => {
    for (const [token, window] of windows) if (now - window.started >= settings.windowMs) windows.delete(token);
  };
  return {
    record(token: string, items: number, misses: number): MissAlert | null {
      const now = clock().getTime();
      const current = windows.get(token);
      const window =
        current !== undefined && now - current.started < settings.windowMs
          ? current
          : { started: now, items: 0, misses: 0, alerted: false };
      if (current === undefined && windows.size >= SWEEP_AT) sweep(now);
      window.items += items;
      window.misses += misses;
      windows.set(token, window);
      if (window.alerted || window.items < settings.minItems || window.misses < window.items * settings.ratio) {
        return null;
      }
      window.alerted = true;
      return { token, items: window.items, misses: window.misses };
    },
  };
}

export type MissWatch = ReturnType<typeof missWatch>;
