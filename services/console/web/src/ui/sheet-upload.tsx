import './sheet.css';
import { apiProblem } from '@tianfu/api-client';
import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import { useMessages } from '../i18n/messages.ts';
import { downloadFile } from './csv-file.ts';
import { ProblemNotice } from './problem-notice.tsx';
import { sheetUploadMessages } from './sheet-messages.ts';
import { type SheetLine, sheetLines, sheetProblemsOf } from './sheet-problems.ts';
import { SheetRefusal } from './sheet-refusal.tsx';

/** What a service's client answers to a sheet sent to it. */
export interface SheetAnswer {
  readonly data?: unknown;
  readonly error?: unknown;
  readonly response: Response;
}

type Outcome =
  | { readonly kind: 'accepted'; readonly receipt: unknown }
  | { readonly kind: 'refused'; readonly lines: readonly SheetLine[]; readonly total: number; readonly count: number }
  | { readonly kind: 'failed'; readonly error: unknown };

/** The file as sent, unchanged (the service judges its encoding, so a GBK file is named as such). */
export const sheetBody = (file: File) => ({
  body: file,
  bodySerializer: (body: unknown) => body as Blob,
  headers: { 'content-type': 'text/csv' },
});

async function upload(send: (file: File) => Promise<SheetAnswer>, file: File): Promise<Outcome> {
  try {
    const { data, error, response } = await send(file);
    if (response.ok) return { kind: 'accepted', receipt: data };
    const problems = sheetProblemsOf(error);
    if (problems === null) return { kind: 'failed', error: apiProblem(response.url, response.status, error) };
    const text = new TextDecoder().decode(await file.arrayBuffer());
    const lines = sheetLines(text, problems);
    return { kind: 'refused', lines, total: text.split(/\r\n|\n|\r/).length, count: problems.length };
  } catch (error) {
    return { kind: 'failed', error };
  }
}

const sizeOf = (bytes: number): string => (bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`);

export interface SheetUploadProps {
  readonly title: string;
  readonly lead: string;
  /** Sends the file to its service's sheet route. */
  readonly send: (file: File) => Promise<SheetAnswer>;
  /** The template's file name and text, made when asked for (a score sheet lists the candidates). */
  readonly template: () => { name: string; text: string };
  /** What the service did with an applied sheet, from its answer. */
  readonly receipt: (body: unknown) => ComponentChildren;
  /** What the area's own rules mean, beside the rules every sheet shares. */
  readonly rules: Readonly<Record<string, string>>;
  readonly onApplied: () => void;
}

/** One CSV sheet: its template, a file picked or dropped, and what the service made of it. */
export function SheetUpload({ title, lead, send, template, receipt, rules, onApplied }: SheetUploadProps) {
  const t = useMessages(sheetUploadMessages);
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const choose = (chosen: File | null | undefined) => {
    setFile(chosen ?? null);
    setOutcome(null);
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    if (file === null) return;
    setBusy(true);
    const result = await upload(send, file);
    setBusy(false);
    setOutcome(result);
    if (result.kind === 'accepted') onApplied();
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    choose(event.dataTransfer?.files[0]);
  };
  const { name, text } = template();
  return (
    <section class="sheet" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p>{lead}</p>
      <p>
        <button type="button" class="link-button" onClick={() => downloadFile(name, text)}>
          {t.template}
        </button>
      </p>
      <form onSubmit={submit}>
        {/* Dropping is the mouse's shortcut; the file input inside is the keyboard's way. */}
        <fieldset
          class={`drop-zone${dragging ? ' drop-zone-active' : ''}`}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={drop}
        >
          <legend class="visually-hidden">{title}</legend>
          <label for={`${id}-file`}>{t.choose}</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,text/csv"
            onChange={(event) => choose(event.currentTarget.files?.[0])}
          />
          <p class="field-hint">{t.drop}</p>
          {file ? <p aria-live="polite">{t.chosen(file.name, sizeOf(file.size))}</p> : null}
        </fieldset>
        <button type="submit" class="primary" disabled={file === null || busy}>
          {busy ? t.uploading : t.upload}
        </button>
      </form>
      {outcome?.kind === 'accepted' ? receipt(outcome.receipt) : null}
      {outcome?.kind === 'refused' ? (
        <SheetRefusal lines={outcome.lines} total={outcome.total} count={outcome.count} rules={rules} />
      ) : null}
      {outcome?.kind === 'failed' ? <ProblemNotice error={outcome.error} /> : null}
    </section>
  );
}
