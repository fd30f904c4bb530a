import { api, ok } from '../../api/clients.ts';
import type { QueryOf } from '../../api/query-types.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useRegionChoices } from '../../ui/choices.ts';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { baseKindNames, baseLevelNames, basesMessages } from './bases-messages.ts';

export type BaseLine = Awaited<ReturnType<typeof listBases>>[number];

export async function listBases(query: QueryOf<'talentRegistry', '/v1/bases'>) {
  const answer = await ok(api.talentRegistry.GET('/v1/bases', { params: { query } }));
  return answer.items;
}

export function BaseList({ lines }: { lines: readonly BaseLine[] }) {
  const t = useMessages(basesMessages);
  const kinds = useMessages(baseKindNames);
  const levels = useMessages(baseLevelNames);
  // A county code (RegionCodeSchema takes one) is shown as it is.
  const regions = new Map(useRegionChoices());
  const columns: readonly Column<BaseLine>[] = [
    { key: 'name', header: t.name, cell: (line) => line.name ?? <em>{t.sealedName}</em> },
    { key: 'kind', header: t.kind, cell: (line) => kinds[line.kind as keyof typeof kinds] ?? line.kind },
    { key: 'level', header: t.level, cell: (line) => levels[line.level as keyof typeof levels] ?? line.level },
    { key: 'region', header: t.region, cell: (line) => regions.get(line.regionCode) ?? line.regionCode },
    { key: 'industry', header: t.industry, cell: (line) => line.industry },
    { key: 'establishedOn', header: t.establishedOn, cell: (line) => line.establishedOn },
    { key: 'master', header: t.master, cell: (line) => (line.masterWorkerId === null ? t.noMaster : t.hasMaster) },
    { key: 'members', header: t.members, cell: (line) => line.members, align: 'end' },
  ];
  return <DataTable columns={columns} rows={lines} rowKey={(line) => line.baseId} caption={t.title} empty={t.none} />;
}
