import type { CatalogueCommands } from './catalogue-commands.ts';

/** How stale another instance's change may be here: what the certification indexes poll at too. */
export const REFRESH_MS = 500;

interface Log {
  warn(details: object, message: string): void;
}

/**
 * Reads the catalogue once, then every REFRESH_MS folds what other instances appended, so public
 * reads answer from memory (a store round trip per search cost more than the search). A tick that
 * finds the last one still reading skips; a failed read is logged and tried again at the next.
 */
export async function keepCurrent(catalogue: CatalogueCommands, log: Log): Promise<() => void> {
  await catalogue.latest();
  let reading = false;
  const timer = setInterval(() => {
    if (reading) return;
    reading = true;
    catalogue
      .latest()
      .catch((err: unknown) => log.warn({ err }, 'reading the catalogue store failed; trying again'))
      .finally(() => {
        reading = false;
      });
  }, REFRESH_MS);
  timer.unref();
  return () => clearInterval(timer);
}
