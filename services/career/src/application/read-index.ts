import { sichuanRegionContaining } from '@tianfu/contracts';
import type { BaseReference, CompetitionReference, ReferenceFact } from '../domain/reference-facts.ts';
import { type PoolEntry, poolEntry } from '../domain/talent-pool-entry.ts';
import type { ClassReference, ProviderReference } from '../domain/training-references.ts';
import type { WorkerSummary } from '../domain/worker-summary.ts';
import { TalentPool } from '../talent-pool/talent-pool.ts';

/**
 * The talent pool and the indicators answer from memory: FerretDB cannot serve range or prefix
 * filters from an index (only equality), and a scan of a million summaries per query would take
 * seconds. The summaries stay in MongoDB (the durable cache); this index is loaded from them at
 * start and kept current by the projection as it writes them.
 */
export class ReadIndex {
  /** The workers, searched column by column (talent-pool.ts). */
  readonly pool = new TalentPool();
  readonly #bodyRegions = new Map<string, string | null>();
  readonly #competitions = new Map<string, CompetitionReference>();
  readonly #bases = new Map<string, BaseReference>();
  readonly #providers = new Map<string, ProviderReference>();
  readonly #classes = new Map<string, ClassReference>();
  /** Workers whose summary changes on a later day with no new fact: workerId → that day. */
  readonly #changing = new Map<string, string>();

  putSummary(summary: WorkerSummary): void {
    this.pool.put(poolEntry(summary));
    // Summaries stored before `changesOn` existed have none.
    const changesOn = summary.changesOn ?? null;
    if (changesOn === null) this.#changing.delete(summary.workerId);
    else this.#changing.set(summary.workerId, changesOn);
  }

  /** The workers whose summary is out of date by `today` (a term lapsed, a later-dated fact took effect). */
  changedBy(today: string): string[] {
    return [...this.#changing].flatMap(([workerId, day]) => (day <= today ? [workerId] : []));
  }

  putReferences(references: readonly ReferenceFact[]): void {
    for (const reference of references) {
      if (reference.kind === 'body' && !this.#bodyRegions.has(reference.referenceId))
        this.#bodyRegions.set(reference.referenceId, sichuanRegionContaining(reference.regionCode)?.code ?? null);
      if (reference.kind === 'competition' && !this.#competitions.has(reference.referenceId))
        this.#competitions.set(reference.referenceId, reference);
      if (reference.kind === 'base' && !this.#bases.has(reference.referenceId))
        this.#bases.set(reference.referenceId, reference);
      if (reference.kind === 'provider' && !this.#providers.has(reference.referenceId))
        this.#providers.set(reference.referenceId, reference);
      if (reference.kind === 'class' && !this.#classes.has(reference.referenceId))
        this.#classes.set(reference.referenceId, reference);
    }
  }

  entries(): Iterable<PoolEntry> {
    return this.pool.values();
  }

  entry(workerId: string): PoolEntry | undefined {
    return this.pool.get(workerId);
  }

  bases(): Iterable<BaseReference> {
    return this.#bases.values();
  }

  competition(competitionId: string): CompetitionReference | undefined {
    return this.#competitions.get(competitionId);
  }

  readonly classOf = (classId: string): ClassReference | undefined => this.#classes.get(classId);

  readonly providerOf = (providerId: string): ProviderReference | undefined => this.#providers.get(providerId);

  /** The 市(州) a class's training counts in: its provider's; null while either is unknown. */
  readonly classRegion = (classId: string): string | null => {
    const provider = this.#providers.get(this.#classes.get(classId)?.providerId ?? '');
    return provider === undefined ? null : (sichuanRegionContaining(provider.regionCode)?.code ?? null);
  };

  /** The 市(州) of a body, or null when the body is not (yet) known or outside Sichuan. */
  readonly regionOf = (bodyId: string | null): string | null =>
    bodyId === null ? null : (this.#bodyRegions.get(bodyId) ?? null);
}
