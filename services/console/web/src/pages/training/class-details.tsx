import { skillLevel } from '@tianfu/contracts/forms';
import { useMessages } from '../../i18n/messages.ts';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { classMessages } from './class-messages.ts';
import { rosterMessages } from './roster-messages.ts';
import type { ClassRecord } from './training-api.ts';
import { brandNames, deliveryModelNames, nameOf, trainingKindNames } from './training-names.ts';

type Sitting = ClassRecord['sittings'][number];

/** A class's plan: what it teaches, how, for how many, and its dated sittings. */
export function ClassDetails({ record }: { record: ClassRecord }) {
  const t = useMessages(classMessages);
  const r = useMessages(rosterMessages);
  const kinds = useMessages(trainingKindNames);
  const models = useMessages(deliveryModelNames);
  const brands = useMessages(brandNames);
  const columns: readonly Column<Sitting>[] = [
    { key: 'sittingId', header: r.sittingId, rowHeader: true, cell: (s) => s.sittingId },
    { key: 'date', header: t.date, cell: (s) => s.date },
    { key: 'time', header: r.time, cell: (s) => `${s.start}–${s.end}` },
    { key: 'hours', header: r.hours, align: 'end', cell: (s) => `${s.theoryHours} + ${s.practicalHours}` },
  ];
  return (
    <>
      <dl class="details">
        <dt>{t.classId}</dt>
        <dd>{record.classId}</dd>
        <dt>{r.provider}</dt>
        <dd>{record.providerId}</dd>
        <dt>{t.item}</dt>
        <dd>{record.item.code}</dd>
        <dt>{t.targetLevel}</dt>
        <dd>{record.targetLevel === null ? t.noLevel : skillLevel(record.targetLevel).label}</dd>
        <dt>{t.kind}</dt>
        <dd>{nameOf(kinds, record.kind)}</dd>
        <dt>{t.deliveryModel}</dt>
        <dd>{nameOf(models, record.deliveryModel)}</dd>
        <dt>{t.brand}</dt>
        <dd>{record.brand === null ? t.noBrand : nameOf(brands, record.brand)}</dd>
        <dt>{t.capacity}</dt>
        <dd>{record.capacity}</dd>
        <dt>{t.subsidised}</dt>
        <dd>{record.subsidised ? t.yes : t.no}</dd>
        <dt>{t.dates}</dt>
        <dd>{`${record.startsOn} – ${record.endsOn}`}</dd>
      </dl>
      <DataTable
        columns={columns}
        rows={record.sittings}
        rowKey={(s) => s.sittingId}
        caption={r.sittingsCaption}
        captionVisible
      />
    </>
  );
}
