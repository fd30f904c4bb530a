import { useMessages } from '../../i18n/messages.ts';
import { chinaMinute } from '../../ui/china-time.ts';
import type { Column } from '../../ui/data-table.tsx';
import { officeMessages } from './office-messages.ts';
import type { RegisterLine } from './training-api.ts';
import { nameOf, providerStatusNames } from './training-names.ts';

/** The register's columns beside the directory's: each provider's status, and why and when it last changed. */
export function useRegisterColumns(): readonly Column<RegisterLine>[] {
  const t = useMessages(officeMessages);
  const statuses = useMessages(providerStatusNames);
  return [
    {
      key: 'status',
      header: t.status,
      cell: (line) => (
        <span class={line.status === 'listed' ? 'badge badge-ok' : 'badge badge-bad'}>
          {nameOf(statuses, line.status)}
        </span>
      ),
    },
    { key: 'statusReason', header: t.statusReason, cell: (line) => line.statusReason ?? '—' },
    {
      key: 'statusChangedAt',
      header: t.statusChangedAt,
      cell: (line) =>
        line.statusChangedAt === null ? (
          '—'
        ) : (
          <time dateTime={line.statusChangedAt}>{chinaMinute(line.statusChangedAt)}</time>
        ),
    },
  ];
}
