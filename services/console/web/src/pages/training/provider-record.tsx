import { useMessages } from '../../i18n/messages.ts';
import { useRegionChoices } from '../../ui/choices.ts';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { officeMessages } from './office-messages.ts';
import { itemsText } from './provider-lines.tsx';
import type { ProviderRecord } from './training-api.ts';
import { gradeNames, nameOf, providerKindNames, providerStatusNames } from './training-names.ts';

type Grading = ProviderRecord['gradings'][number];

/** A provider's whole record as the office sees it: status with its reason, every grade given. */
export function ProviderRecordView({ record }: { record: ProviderRecord }) {
  const t = useMessages(officeMessages);
  const kinds = useMessages(providerKindNames);
  const grades = useMessages(gradeNames);
  const statuses = useMessages(providerStatusNames);
  const regions = new Map(useRegionChoices());
  const columns: readonly Column<Grading>[] = [
    { key: 'grade', header: t.grade, rowHeader: true, cell: (g) => nameOf(grades, g.grade) },
    { key: 'gradedOn', header: t.gradedOn, cell: (g) => g.gradedOn },
    { key: 'assessor', header: t.assessor, cell: (g) => g.assessor },
    { key: 'validUntil', header: t.validUntil, cell: (g) => g.validUntil },
  ];
  const badge = record.status === 'listed' ? 'badge badge-ok' : 'badge badge-bad';
  return (
    <>
      <dl class="details">
        <dt>{t.status}</dt>
        <dd>
          <span class={badge}>{nameOf(statuses, record.status)}</span>
          {record.statusReason ? ` ${t.statusReason}：${record.statusReason}` : null}
        </dd>
        <dt>{t.providerId}</dt>
        <dd>{record.providerId}</dd>
        <dt>{t.kind}</dt>
        <dd>{nameOf(kinds, record.kind)}</dd>
        <dt>{t.region}</dt>
        <dd>{regions.get(record.regionCode) ?? record.regionCode}</dd>
        <dt>{t.creditCode}</dt>
        <dd>{record.creditCode}</dd>
        <dt>{t.items}</dt>
        <dd>{itemsText(record.items)}</dd>
        <dt>{t.gradeInForce}</dt>
        <dd>{record.grade ? nameOf(grades, record.grade.grade) : t.ungraded}</dd>
        <dt>{t.registeredAt}</dt>
        <dd>{record.registeredAt.slice(0, 10)}</dd>
      </dl>
      <DataTable
        columns={columns}
        rows={record.gradings}
        rowKey={(g) => g.recordedAt}
        caption={t.gradings}
        captionVisible
        empty={t.noGradings}
      />
    </>
  );
}
