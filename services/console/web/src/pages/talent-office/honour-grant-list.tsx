import { useState } from 'preact/hooks';
import { api, ok } from '../../api/clients.ts';
import type { QueryOf } from '../../api/query-types.ts';
import { useMessages } from '../../i18n/messages.ts';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { honoursMessages } from './honours-messages.ts';

export type GrantLine = Awaited<ReturnType<typeof listGrants>>[number];

export async function listGrants(query: QueryOf<'talentRegistry', '/v1/honours/grants'>) {
  const answer = await ok(api.talentRegistry.GET('/v1/honours/grants', { params: { query } }));
  return answer.items;
}

/** One grant's standing: a revoked one says so with its reason; one in force can be revoked with a reason. */
function GrantStatus({ line, onChanged }: { line: GrantLine; onChanged: () => void }) {
  const t = useMessages(honoursMessages);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<unknown>(null);
  const revoke = async () => {
    try {
      const grantId = line.grantId;
      await ok(
        api.talentRegistry.POST('/v1/honours/grants/{grantId}/revoke', {
          params: { path: { grantId } },
          body: { reason },
        }),
      );
      onChanged();
    } catch (error) {
      setProblem(error);
    }
  };
  if (line.revoked) return <strong>{t.revoked(line.revoked.reason)}</strong>;
  return (
    <>
      {t.valid}{' '}
      <input
        aria-label={`${t.reason} ${line.name ?? ''}`}
        value={reason}
        onInput={(e) => setReason(e.currentTarget.value)}
      />
      <button type="button" onClick={revoke} disabled={reason.trim() === ''}>
        {t.revoke}
      </button>
      <ProblemNotice error={problem} />
    </>
  );
}

export function HonourGrantList({ lines, onChanged }: { lines: readonly GrantLine[]; onChanged: () => void }) {
  const t = useMessages(honoursMessages);
  const columns: readonly Column<GrantLine>[] = [
    { key: 'holder', header: t.holder, cell: (line) => line.name ?? '—' },
    { key: 'honour', header: t.honour, cell: (line) => line.honourName },
    { key: 'round', header: t.round, cell: (line) => line.round },
    { key: 'grantedOn', header: t.grantedOn, cell: (line) => line.grantedOn },
    {
      key: 'source',
      header: t.source,
      cell: (line) => (line.source === 'competition' ? t.fromCompetition : t.fromDecision),
    },
    { key: 'status', header: t.status, cell: (line) => <GrantStatus line={line} onChanged={onChanged} /> },
  ];
  return <DataTable columns={columns} rows={lines} rowKey={(line) => line.grantId} caption={t.title} empty={t.none} />;
}
