import { deriveLadder } from '../domain/ladder.ts';
import { type LadderReading, readLadder } from '../domain/ladder-reading.ts';
import type { CataloguePort } from './catalogue-port.ts';
import type { CareerReadSide } from './read-side.ts';

/**
 * A worker's ladder as the facts stood on `asOf`, read with the catalogue held now (names, next
 * step); null when career has no fact of the worker.
 */
export async function workerLadder(
  side: CareerReadSide,
  catalogue: CataloguePort,
  workerId: string,
  asOf: string,
): Promise<LadderReading | null> {
  const facts = await side.facts.factsOf(workerId);
  if (facts.length === 0) return null;
  return readLadder(deriveLadder(workerId, facts, asOf), catalogue.current());
}
