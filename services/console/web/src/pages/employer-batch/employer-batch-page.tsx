import { useState } from 'preact/hooks';
import { api, ok } from '../../api/clients.ts';
import { useMessages } from '../../i18n/messages.ts';
import { downloadFile } from '../../ui/csv-file.ts';
import { Field } from '../../ui/field.tsx';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { verdictsCsv } from './batch-csv.ts';
import { parseBatch } from './batch-rows.ts';
import { type Verdict, type VerdictRow, verdictRows } from './batch-verdicts.ts';
import { employerBatchMessages, verdictMessages } from './employer-batch-messages.ts';
import { VerdictTable } from './verdict-table.tsx';

const VERDICTS: readonly Verdict[] = ['valid', 'not-yet-valid', 'suspended', 'revoked', 'not-found', 'invalid'];

/** Employers paste or upload up to 1,000 pairs; every line comes back with its verdict or the rule it breaks. */
export default function EmployerBatchPage() {
  const t = useMessages(employerBatchMessages);
  const names = useMessages(verdictMessages);
  const [text, setText] = useState('');
  const [inputError, setInputError] = useState<string | undefined>();
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ rows: VerdictRow[]; sent: number } | null>(null);
  const [shown, setShown] = useState<Verdict | 'all'>('all');

  const readFile = async (event: Event) => {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (file) setText(await file.text());
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const parsed = parseBatch(text);
    setFailure(null);
    if (parsed.rows.length === 0) return setInputError(t.empty);
    if (parsed.tooMany) return setInputError(t.tooMany(parsed.rows.length));
    setInputError(undefined);
    const items = parsed.rows.flatMap((row) => (row.ok ? [row.pair] : []));
    setBusy(true);
    try {
      const answers =
        items.length === 0 ? [] : (await ok(api.certification.POST('/v1/verify/batch', { body: { items } }))).items;
      setResult({ rows: verdictRows(parsed.rows, answers), sent: items.length });
      setShown('all');
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const visible = result?.rows.filter((row) => shown === 'all' || row.verdict === shown) ?? [];
  return (
    <section aria-labelledby="batch-title">
      <h1 id="batch-title">{t.title}</h1>
      <p class="lead">{t.lead}</p>
      <form class="form" onSubmit={submit}>
        <Field label={t.paste} hint={t.pasteHint} error={inputError}>
          {(control) => (
            <textarea
              {...control}
              rows={8}
              value={text}
              spellcheck={false}
              onInput={(event) => setText(event.currentTarget.value)}
            />
          )}
        </Field>
        <Field label={t.file}>
          {(control) => <input {...control} type="file" accept=".csv,.txt,text/csv,text/plain" onChange={readFile} />}
        </Field>
        <button type="submit" class="primary" disabled={busy}>
          {busy ? t.checking : t.submit}
        </button>
      </form>
      <ProblemNotice error={failure} />
      {result ? (
        <>
          <p role="status">{t.summary(result.rows.length, result.sent)}</p>
          <div class="toolbar">
            <SelectField
              label={t.filter}
              value={shown}
              onValue={(value) => setShown(value as Verdict | 'all')}
              options={[
                ['all', t.all],
                ...VERDICTS.map(
                  (verdict) =>
                    [
                      verdict,
                      `${names[verdict]} (${result.rows.filter((row) => row.verdict === verdict).length})`,
                    ] as const,
                ),
              ]}
            />
            <button
              type="button"
              class="secondary"
              onClick={() => downloadFile('证书核验结果.csv', verdictsCsv(result.rows))}
            >
              {t.download}
            </button>
          </div>
          <VerdictTable rows={visible} />
        </>
      ) : null}
    </section>
  );
}
