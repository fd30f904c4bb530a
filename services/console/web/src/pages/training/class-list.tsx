import { useMessages } from '../../i18n/messages.ts';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { classMessages } from './class-messages.ts';
import type { ClassRecord } from './training-api.ts';
import { brandNames, nameOf, trainingKindNames } from './training-names.ts';

/** A provider's classes, each name opening the class's page. */
export function ClassList({ classes }: { classes: readonly ClassRecord[] }) {
  const t = useMessages(classMessages);
  const kinds = useMessages(trainingKindNames);
  const brands = useMessages(brandNames);
  const columns: readonly Column<ClassRecord>[] = [
    {
      key: 'name',
      header: t.name,
      rowHeader: true,
      cell: (c) => <a href={`/training/classes/${encodeURIComponent(c.classId)}`}>{c.name}</a>,
    },
    { key: 'classId', header: t.classId, cell: (c) => c.classId },
    { key: 'item', header: t.item, cell: (c) => c.item.code },
    { key: 'kind', header: t.kind, cell: (c) => nameOf(kinds, c.kind) },
    { key: 'brand', header: t.brand, cell: (c) => (c.brand === null ? '—' : nameOf(brands, c.brand)) },
    { key: 'dates', header: t.dates, cell: (c) => `${c.startsOn} – ${c.endsOn}` },
    { key: 'capacity', header: t.capacity, align: 'end', cell: (c) => c.capacity },
    { key: 'subsidised', header: t.subsidised, cell: (c) => (c.subsidised ? t.yes : t.no) },
  ];
  return <DataTable columns={columns} rows={classes} rowKey={(c) => c.classId} caption={t.caption} empty={t.none} />;
}
