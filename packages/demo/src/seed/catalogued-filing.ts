import type { AssessmentClient } from '../clients/assessment-client.ts';
import { type Deadline, onceAccepted } from '../eventually.ts';
import type { DemoFiling } from './demo-bodies.ts';

/**
 * Files an occupation once assessment holds the catalogue's record of it. The seed imported the
 * catalogue a moment before, and its events reach assessment through Kafka, so a filing refused
 * with STANDARD_NOT_FOUND (assessment does not know the occupation or version yet) is tried again
 * until the deadline; a refused filing applied nothing.
 */
export function fileWhenCatalogued(
  assessment: Pick<AssessmentClient, 'fileOccupation'>,
  bodyId: string,
  { occupation, levels }: DemoFiling,
  deadline: Omit<Deadline, 'what'> = { timeoutMs: 120_000, intervalMs: 500 },
) {
  const { code, standardVersion } = occupation;
  return onceAccepted(
    () => assessment.fileOccupation(bodyId, code, standardVersion, [...levels]),
    ['STANDARD_NOT_FOUND'],
    {
      what: `assessment to hold ${code}@${standardVersion} from the catalogue`,
      ...deadline,
    },
  );
}
