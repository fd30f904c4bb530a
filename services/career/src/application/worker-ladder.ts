import { notFound } from '@tianfu/service-kit';
import { deriveLadder } from '../domain/ladder.ts';
import { readLadder } from '../domain/ladder-reading.ts';
import type { CataloguePort } from './catalogue-port.ts';
import type { CareerReadSide } from './read-side.ts';

/**
 * A worker's ladder as the facts stood on `asOf`, read with the catalogue held now (occupation
 * names, each occupation's next step), each medal with its competition's name, and the sealed
 * name the index holds. A worker with no certificate, honour, title or medal ever recorded is one
 * career does not know: 404.
 */
export async function workerLadder(side: CareerReadSide, catalogue: CataloguePort, workerId: string, asOf: string) {
  const facts = await side.facts.factsOf(workerId);
  if (facts.length === 0) throw notFound(`no career records for worker ${workerId}`, { field: 'workerId' });
  const ladder = readLadder(deriveLadder(workerId, facts, asOf), catalogue.current());
  const medals = ladder.medals.map((m) => ({
    ...m,
    competitionName: side.index.competition(m.competitionId)?.name ?? null,
  }));
  return { ladder: { ...ladder, medals }, holderName: side.index.entry(workerId)?.summary.holderName ?? null };
}
