import { useMessages } from '../../i18n/messages.ts';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import type { Verdict, VerdictRow } from './batch-verdicts.ts';
import { employerBatchMessages, verdictMessages } from './employer-batch-messages.ts';

const badge: Record<Verdict, string> = {
  valid: 'badge badge-ok',
  'not-yet-valid': 'badge badge-warn',
  suspended: 'badge badge-warn',
  revoked: 'badge badge-bad',
  'not-found': 'badge badge-bad',
  invalid: 'badge badge-bad',
};

/** The verdict of every line, in input order; a malformed line names its field and rule. */
export function VerdictTable({ rows }: { rows: readonly VerdictRow[] }) {
  const t = useMessages(employerBatchMessages);
  const names = useMessages(verdictMessages);
  const columns: readonly Column<VerdictRow>[] = [
    { key: 'line', header: t.line, cell: (row) => row.line },
    { key: 'certificateNo', header: t.certificateNo, cell: (row) => row.certificateNo },
    { key: 'name', header: t.name, cell: (row) => row.maskedName },
    {
      key: 'verdict',
      header: t.verdict,
      cell: (row) => (
        <>
          <span class={badge[row.verdict]}>{names[row.verdict]}</span>
          {row.problem ? (
            <p class="field-error">
              {row.problem.field === 'name' ? t.name : t.certificateNo}: {row.problem.message}
            </p>
          ) : null}
        </>
      ),
    },
    { key: 'occupation', header: t.occupation, cell: (row) => row.occupation },
    { key: 'level', header: t.level, cell: (row) => row.level },
    { key: 'issued', header: t.issued, cell: (row) => row.issuedOn },
  ];
  return (
    <DataTable
      columns={columns}
      rows={rows}
      rowKey={(row) => row.line}
      caption={t.tableCaption}
      rowAttributes={(row) => ({ 'data-verdict': row.verdict })}
    />
  );
}
