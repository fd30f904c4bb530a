import { notFound } from '@tianfu/service-kit';
import type { ApprenticeshipEntry } from '../domain/apprenticeship-record.ts';
import { occupationNameIn } from '../domain/occupation-names.ts';
import { type ClassEntry, trainingRecord } from '../domain/training-record.ts';
import type { ProviderReference } from '../domain/training-references.ts';
import type { CataloguePort } from './catalogue-port.ts';
import type { CareerReadSide } from './read-side.ts';

const providerView = (provider: ProviderReference | null) =>
  provider === null ? null : { name: provider.name, kind: provider.providerKind, regionCode: provider.regionCode };

/** An entry as answered: the class and provider as filed, the occupation named from the catalogue held now. */
function entryView(entry: ClassEntry, catalogue: CataloguePort) {
  const { class: filed, provider, ...rest } = entry;
  return {
    ...rest,
    class:
      filed === null
        ? null
        : {
            name: filed.name,
            item: filed.item,
            itemName: filed.item.kind === 'occupation' ? occupationNameIn(catalogue.current(), filed.item.code) : null,
            targetLevel: filed.targetLevel,
            kind: filed.trainingKind,
            deliveryModel: filed.deliveryModel,
            brand: filed.brand,
            subsidised: filed.subsidised,
            firstDay: filed.firstDay,
            lastDay: filed.lastDay,
            hours: filed.hours,
          },
    provider: providerView(provider),
  };
}

/** An apprenticeship as answered: its provider as registered, the occupation named from the catalogue held now. */
function apprenticeshipView(entry: ApprenticeshipEntry, catalogue: CataloguePort) {
  const occupationName = occupationNameIn(catalogue.current(), entry.occupationCode);
  return { ...entry, occupationName, provider: providerView(entry.provider), progress: [...entry.progress] };
}

/**
 * A worker's lifelong training record (docs/domain.md §7.7): classes and apprenticeships, with the classes and providers the index
 * holds. A worker career has no records of at all is one it does not know: 404.
 */
export async function workerRecord(side: CareerReadSide, catalogue: CataloguePort, workerId: string) {
  const facts = await side.facts.factsOf(workerId);
  if (facts.length === 0) throw notFound(`no career records for worker ${workerId}`, { field: 'workerId' });
  const record = trainingRecord(workerId, facts, side.index);
  return {
    workerId,
    entries: record.entries.map((e) => entryView(e, catalogue)),
    apprenticeships: record.apprenticeships.map((a) => apprenticeshipView(a, catalogue)),
  };
}
