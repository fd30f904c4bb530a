import { useMessages } from '../../i18n/messages.ts';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { levelNames } from '../centre/centre-messages.ts';
import { mySubsidiesMessages } from './my-subsidies-messages.ts';
import type { CertificateFacts, Claim } from './subsidy-types.ts';

/** A valid certificate not yet claimed for (a claim approved or waiting for a person holds it). */
export const claimable = (certificates: readonly CertificateFacts[], claims: readonly Claim[]) =>
  certificates.filter(
    (c) =>
      c.status === 'valid' &&
      !claims.some((claim) => claim.decision.certificateNo === c.certificateNo && claim.status !== 'rejected'),
  );

interface Props {
  readonly certificates: readonly CertificateFacts[];
  readonly busy: boolean;
  readonly onClaim: (certificateNo: string) => void;
}

/** The worker's certificates a 技能提升补贴 may be claimed for, each with its claim button. */
export function ClaimableCertificates({ certificates, busy, onClaim }: Props) {
  const t = useMessages(mySubsidiesMessages);
  const levels = useMessages(levelNames);
  const columns: Column<CertificateFacts>[] = [
    { key: 'no', header: t.certificate, cell: (c) => c.certificateNo, rowHeader: true },
    { key: 'occupation', header: t.occupation, cell: (c) => c.occupationName ?? c.occupationCode },
    { key: 'level', header: t.level, cell: (c) => levels[c.level as keyof typeof levels] ?? c.level },
    { key: 'issued', header: t.issuedOn, cell: (c) => c.issuedOn },
    {
      key: 'claim',
      header: t.claim,
      cell: (c) => (
        <button
          type="button"
          class="primary"
          disabled={busy}
          aria-label={t.claimFor(c.certificateNo)}
          onClick={() => onClaim(c.certificateNo)}
        >
          {busy ? t.claiming : t.claim}
        </button>
      ),
    },
  ];
  return (
    <DataTable
      class="cards-on-phone"
      columns={columns}
      rows={certificates}
      rowKey={(c) => c.certificateNo}
      caption={t.certificatesCaption}
      captionVisible
      empty={t.noCertificates}
    />
  );
}
