import { useLang } from '../../i18n/lang.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { yuanText } from './money.ts';
import { regionName } from './region-name.ts';
import { subsidyMessages } from './subsidy-messages.ts';
import { claimStatusNames, subsidyKindNames } from './subsidy-names.ts';
import type { Claim } from './subsidy-types.ts';

const statusClass = { approved: 'badge-ok', referred: 'badge-warn', rejected: 'badge-bad' } as const;

/** A worker's claims with their status and amount in yuan; each opens its decision. */
export function ClaimsTable({ claims, onShow }: { claims: readonly Claim[]; onShow: (claim: Claim) => void }) {
  const t = useMessages(subsidyMessages);
  const statuses = useMessages(claimStatusNames);
  const kinds = useMessages(subsidyKindNames);
  const { lang } = useLang();
  const amount = (claim: Claim) => {
    if (claim.amountFen !== null) return yuanText(claim.amountFen);
    return claim.status === 'referred' ? t.amountByPerson : '—';
  };
  const columns: Column<Claim>[] = [
    { key: 'on', header: t.claimedOn, cell: (c) => c.decision.claimedOn },
    { key: 'certificate', header: t.certificate, cell: (c) => c.decision.certificateNo ?? '—', rowHeader: true },
    { key: 'kind', header: t.kind, cell: (c) => kinds[c.decision.kind] },
    { key: 'region', header: t.region, cell: (c) => regionName(c.region, lang) },
    {
      key: 'status',
      header: t.claimStatus,
      cell: (c) => <span class={`badge ${statusClass[c.status]}`}>{statuses[c.status]}</span>,
    },
    { key: 'amount', header: t.amount, cell: amount, align: 'end' },
    {
      key: 'show',
      header: t.decision,
      cell: (c) => (
        <button type="button" class="link-button" onClick={() => onShow(c)}>
          {t.show(c.decision.certificateNo ?? c.claimId)}
        </button>
      ),
    },
  ];
  return (
    <DataTable
      class="claims cards-on-phone"
      columns={columns}
      rows={claims}
      rowKey={(c) => c.claimId}
      caption={t.claimsCaption}
      captionVisible
      empty={t.noClaims}
      rowAttributes={(c) => ({ 'data-status': c.status })}
    />
  );
}
