import { fileOccupation } from '../authority.ts';
import { type Deadline, onceAccepted } from '../eventually.ts';
import type { Platform } from '../platform.ts';
import type { DemoFiling } from './demo-bodies.ts';
import type { DemoOccupation } from './demo-occupations.ts';

type Wait = Omit<Deadline, 'what'>;
const catalogueDeadline: Wait = { timeoutMs: 120_000, intervalMs: 500 };

/**
 * Runs a filing once assessment holds the catalogue's record of its occupation. The seed imported
 * the catalogue a moment before, and its events reach assessment through Kafka, so a filing
 * refused with STANDARD_NOT_FOUND (assessment does not know the occupation or version yet) is
 * tried again until the deadline; a refused filing applied nothing.
 */
export function onceCatalogued<T>(
  file: () => Promise<T>,
  { code, standardVersion }: Pick<DemoOccupation, 'code' | 'standardVersion'>,
  deadline: Wait = catalogueDeadline,
): Promise<T> {
  return onceAccepted(file, ['STANDARD_NOT_FOUND'], {
    what: `assessment to hold ${code}@${standardVersion} from the catalogue`,
    ...deadline,
  });
}

/** The authority files one of a demo body's occupations, once assessment holds it. */
export const fileWhenCatalogued = (platform: Platform, bodyId: string, { occupation, levels }: DemoFiling) =>
  onceCatalogued(
    () => fileOccupation(platform, bodyId, occupation.code, { standardVersion: occupation.standardVersion, levels }),
    occupation,
  );
