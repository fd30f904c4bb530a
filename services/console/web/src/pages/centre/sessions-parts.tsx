import { useMessages } from '../../i18n/messages.ts';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { bindFields } from '../../ui/field-binding.ts';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { centreMessages, levelNames } from './centre-messages.ts';
import type { SessionFilterForm } from './session-filters.ts';

/** One line of `GET /v1/sessions`. */
export interface SessionLine {
  readonly sessionId: string;
  readonly bodyName: string;
  readonly occupationCode: string;
  readonly workType: string;
  readonly level: keyof typeof levelNames.zh;
  readonly date: string;
  readonly venue: string;
  readonly status: 'scheduled' | 'closed';
  readonly candidates: { enrolled: number; passed: number; failed: number; pending: number };
}

interface FilterFormProps {
  readonly form: SessionFilterForm;
  readonly errors: Record<string, string>;
  readonly showBody: boolean;
  readonly onChange: (form: SessionFilterForm) => void;
  readonly onSubmit: (event: Event) => void;
}

export function SessionsFilterForm({ form, errors, showBody, onChange, onSubmit }: FilterFormProps) {
  const t = useMessages(centreMessages);
  const field = bindFields(form, onChange, errors);
  return (
    <form class="filters" onSubmit={onSubmit} aria-label={t.filters} noValidate>
      {showBody ? <TextField label={t.bodyId} hint={t.bodyIdHint} {...field('bodyId')} /> : null}
      <SelectField
        label={t.status}
        anyLabel={t.anyStatus}
        {...field('status')}
        options={[
          ['scheduled', t.scheduled],
          ['closed', t.closed],
        ]}
      />
      <TextField label={t.occupationCode} hint={t.occupationHint} {...field('occupationCode')} autoComplete="off" />
      <TextField label={t.from} type="date" {...field('from')} />
      <TextField label={t.to} type="date" {...field('to')} />
      <div class="filters-actions">
        <button type="submit" class="primary">
          {t.apply}
        </button>
      </div>
    </form>
  );
}

export function StatusBadge({ status }: { status: SessionLine['status'] }) {
  const t = useMessages(centreMessages);
  return <span class={`badge ${status === 'closed' ? 'badge-warn' : 'badge-ok'}`}>{t[status]}</span>;
}

export function SessionsTable({ items }: { items: readonly SessionLine[] }) {
  const t = useMessages(centreMessages);
  const levels = useMessages(levelNames);
  const columns: readonly Column<SessionLine>[] = [
    { key: 'date', header: t.date, cell: (line) => line.date },
    {
      key: 'sessionId',
      header: t.sessionId,
      cell: (line) => <a href={`/centre/sessions/${encodeURIComponent(line.sessionId)}`}>{line.sessionId}</a>,
    },
    {
      key: 'occupation',
      header: t.occupation,
      cell: (line) => `${line.occupationCode}${line.workType === '--' ? '' : `（${line.workType}）`}`,
    },
    { key: 'level', header: t.level, cell: (line) => levels[line.level] },
    { key: 'status', header: t.status, cell: (line) => <StatusBadge status={line.status} /> },
    {
      key: 'candidates',
      header: t.candidates,
      cell: ({ candidates: c }) => t.counts(c.enrolled, c.passed, c.failed, c.pending),
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={items}
      rowKey={(line) => line.sessionId}
      caption={t.sessionsTitle}
      empty={t.none}
    />
  );
}
