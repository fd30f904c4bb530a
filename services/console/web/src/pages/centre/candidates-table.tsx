import { useState } from 'preact/hooks';
import { useMessages } from '../../i18n/messages.ts';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { partNames, sessionMessages } from './session-messages.ts';
import type { Part } from './sheet-templates.ts';

/** One candidate as `GET /v1/sessions/{id}/candidates` lists it. */
export interface CandidateLine {
  readonly candidateId: string;
  readonly name: string | null;
  readonly maskedIdNumber: string | null;
  readonly scores: Partial<Record<Part, number>>;
  readonly outcome: 'passed' | 'failed' | null;
}

const SHOWN_AT_ONCE = 200;

function Outcome({ outcome }: { outcome: CandidateLine['outcome'] }) {
  const t = useMessages(sessionMessages);
  if (outcome === null) return <span class="badge badge-warn">{t.pending}</span>;
  return <span class={`badge ${outcome === 'passed' ? 'badge-ok' : 'badge-bad'}`}>{t[outcome]}</span>;
}

/** The session's candidates with a column per part it assesses and the result. */
export function CandidatesTable({
  candidates,
  parts,
}: {
  candidates: readonly CandidateLine[];
  parts: readonly Part[];
}) {
  const t = useMessages(sessionMessages);
  const names = useMessages(partNames);
  const [shown, setShown] = useState(SHOWN_AT_ONCE);
  const columns: readonly Column<CandidateLine>[] = [
    { key: 'candidateId', header: t.candidateId, cell: (c) => c.candidateId },
    { key: 'name', header: t.name, cell: (c) => c.name ?? t.erased },
    { key: 'idNumber', header: t.idNumber, cell: (c) => c.maskedIdNumber ?? '' },
    ...parts.map((part) => ({ key: part, header: names[part], cell: (c: CandidateLine) => c.scores[part] ?? '—' })),
    { key: 'outcome', header: t.outcome, cell: (c) => <Outcome outcome={c.outcome} /> },
  ];
  return (
    <>
      <DataTable
        columns={columns}
        rows={candidates.slice(0, shown)}
        rowKey={(c) => c.candidateId}
        caption={t.candidatesTitle}
        empty={t.noCandidates}
      />
      {candidates.length > shown ? (
        <button type="button" class="secondary" onClick={() => setShown(shown + SHOWN_AT_ONCE)}>
          {t.more}
        </button>
      ) : null}
    </>
  );
}
