import { maskHolderName, type SealedName, type WorkerId } from '@tianfu/contracts';
import type { PersonalDataVault } from '@tianfu/service-kit';
import type { AppointmentLine, BaseLine, GrantLine } from '../application/talent-listings.ts';
import { appointmentView, grantView } from './talent-views.ts';

export type NameOpener = Pick<PersonalDataVault, 'openNames'>;

interface Sealed {
  readonly workerId: WorkerId | null;
  readonly sealed: SealedName | null;
}

/**
 * The names of a list, in its order, opened only when the caller may see them (the talent office);
 * null for a line that carries none, or whose worker has been erased.
 */
export async function shownNames(opener: NameOpener, lines: readonly Sealed[], mayShow: boolean) {
  if (!mayShow) return lines.map(() => null);
  const sealed = lines.flatMap(({ workerId, sealed }) =>
    workerId !== null && sealed !== null ? [{ workerId, sealed }] : [],
  );
  const opened = await opener.openNames(sealed);
  let next = 0;
  return lines.map(({ workerId, sealed }) => (workerId !== null && sealed !== null ? (opened[next++] ?? null) : null));
}

export const grantLineView = (line: GrantLine, name: string | null) => {
  const { maskedIdNumber: _none, ...view } = grantView(line, null);
  return { ...view, name, source: line.source.kind };
};

/** An appointment as listed: its holder's name masked for every reader, in full for the office only. */
export const appointmentLineView = (line: AppointmentLine, opened: string | null, mayShowName: boolean) => ({
  ...appointmentView(line),
  name: mayShowName ? opened : null,
  maskedName: opened === null ? null : maskHolderName(opened),
});

export const baseLineView = (line: BaseLine, sealedName: string | null) => ({
  baseId: line.baseId,
  kind: line.kind,
  name: line.name ?? sealedName,
  level: line.level,
  regionCode: line.regionCode,
  industry: line.industry,
  establishedOn: line.establishedOn,
  masterWorkerId: line.masterWorkerId,
  members: line.memberWorkerIds.length,
});
