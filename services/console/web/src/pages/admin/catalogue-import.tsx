import { apiProblem } from '@tianfu/api-client';
import { ReasonSchema } from '@tianfu/contracts/forms';
import { useState } from 'preact/hooks';
import { api, csvUpload } from '../../api/clients.ts';
import { useMessages } from '../../i18n/messages.ts';
import { Field } from '../../ui/field.tsx';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { adminMessages } from './admin-messages.ts';
import { type RejectedRow, rejectedRows } from './rejected-rows.ts';

const sheets = ['occupations.csv', 'standards.csv', 'special-abilities.csv'] as const;
type Sheet = (typeof sheets)[number];

type Outcome =
  | { readonly kind: 'imported'; readonly rows: number; readonly applied: boolean }
  | { readonly kind: 'rejected'; readonly rows: readonly RejectedRow[] }
  | { readonly kind: 'refused'; readonly problem: unknown };

function Rejected({ rows }: { rows: readonly RejectedRow[] }) {
  const t = useMessages(adminMessages);
  return (
    <div class="problem" role="alert">
      <p>{t.rejected(rows.length)}</p>
      <ol class="rejected-rows">
        {rows.map((row) => (
          <li key={`${row.row}-${row.where}-${row.rule}`}>
            <strong>{t.row(row.row)}</strong> {row.where ? <code>{row.where}</code> : null} {row.message}{' '}
            <code>{row.rule}</code>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** A catalogue sheet uploaded whole: imported, or every rejected row named with its line. */
export function CatalogueImport({ onImported }: { onImported: () => void }) {
  const t = useMessages(adminMessages);
  const [sheet, setSheet] = useState<Sheet>('occupations.csv');
  const [file, setFile] = useState<File | null>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    const checked = ReasonSchema.safeParse(reason);
    const named = {
      ...(checked.success ? {} : { reason: checked.error.issues[0]?.message ?? '' }),
      ...(file === null ? { file: t.chooseFile } : {}),
    };
    setErrors(named);
    setOutcome(null);
    if (!checked.success || file === null) return;
    const params = { path: { sheet }, query: { reason: checked.data } };
    const { data, error, response } = await api.catalogue.POST('/v1/catalogue/imports/{sheet}', {
      params,
      ...csvUpload(await file.text()),
    });
    if (data !== undefined) {
      setOutcome({ kind: 'imported', rows: data.rows, applied: data.applied });
      return onImported();
    }
    const rows = rejectedRows(error);
    setOutcome(
      rows.length > 0
        ? { kind: 'rejected', rows }
        : { kind: 'refused', problem: apiProblem(response.url, response.status, error) },
    );
  };
  return (
    <form class="form" onSubmit={submit} noValidate aria-labelledby="import-title">
      <h2 id="import-title">{t.importTitle}</h2>
      <p>{t.importLead}</p>
      <SelectField
        label={t.sheet}
        value={sheet}
        onValue={(value) => setSheet(value as Sheet)}
        options={sheets.map((name) => [name, t[name]])}
      />
      <Field label={t.file_} error={errors.file}>
        {(control) => (
          <input
            {...control}
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
          />
        )}
      </Field>
      <TextField label={t.reason} value={reason} onValue={setReason} error={errors.reason} required />
      <button type="submit" class="primary">
        {t.upload}
      </button>
      {outcome?.kind === 'imported' ? (
        <p class="notice" role="status">
          {t.imported(outcome.rows, outcome.applied)}
        </p>
      ) : null}
      {outcome?.kind === 'rejected' ? <Rejected rows={outcome.rows} /> : null}
      {outcome?.kind === 'refused' ? <ProblemNotice error={outcome.problem} /> : null}
    </form>
  );
}
