import { maskHolderName, type SealedName, sichuanRegion, skillLevel } from '@tianfu/contracts';
import type { PersonalDataVault } from '@tianfu/service-kit';
import type { CatalogueNames } from '../application/catalogue-names.ts';
import type { ReadIndex } from '../application/read-index.ts';
import type { PoolEntry } from '../domain/talent-pool-entry.ts';

/** The masked names of these workers; null where nothing was sealed or the worker's key was erased. */
export async function maskedNames(
  vault: PersonalDataVault,
  people: readonly { workerId: string; holderName: SealedName | null }[],
): Promise<(string | null)[]> {
  const sealed = people.flatMap(({ workerId, holderName }) =>
    holderName === null ? [] : [{ workerId, sealed: holderName }],
  );
  const opened = await vault.openNames(sealed);
  const byWorker = new Map(sealed.map((s, i) => [s.workerId, opened[i] ?? null]));
  return people.map(({ workerId }) => {
    const name = byWorker.get(workerId);
    return name === undefined || name === null ? null : maskHolderName(name);
  });
}

const regionView = (code: string | null) => (code === null ? null : { code, name: sichuanRegion(code)?.name ?? code });

/**
 * A talent-pool row: no ID number, the name masked, the region joined from the latest certificate's
 * body, each occupation named as the catalogue has it.
 */
export function poolWorkerView(entry: PoolEntry, maskedName: string | null, index: ReadIndex, names: CatalogueNames) {
  const { summary } = entry;
  return {
    workerId: summary.workerId,
    maskedName,
    region: regionView(index.regionOf(entry.latestBodyId)),
    highest: summary.highest === null ? null : { level: summary.highest, label: skillLevel(summary.highest).label },
    highSkill: summary.highSkill,
    occupations: summary.occupations.map((o) => ({
      occupationCode: o.occupationCode,
      occupationName: names.occupation(o.occupationCode),
      level: o.current,
      label: skillLevel(o.current).label,
      since: o.since,
    })),
    industries: entry.industries,
    honours: summary.honours,
    medals: summary.medals,
    lastCertifiedOn: entry.lastCertifiedOn === '' ? null : entry.lastCertifiedOn,
  };
}

export type PoolWorkerView = ReturnType<typeof poolWorkerView>;
