import { useMessages } from '../../i18n/messages.ts';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { officeMessages, statusMessages } from './office-messages.ts';
import { levelLabel, type OfficeCertificate } from './office-types.ts';

/** The certificates a search found; each number opens the certificate's record. */
export function CertificateTable(props: {
  items: readonly OfficeCertificate[];
  onOpen: (certificate: OfficeCertificate) => void;
}) {
  const t = useMessages(officeMessages);
  const statuses = useMessages(statusMessages);
  const columns: readonly Column<OfficeCertificate>[] = [
    {
      key: 'certificateNo',
      header: t.certificateNo,
      cell: (item) => (
        <button
          type="button"
          class="link-button"
          onClick={() => props.onOpen(item)}
          aria-label={t.open(item.certificateNo)}
        >
          {item.certificateNo}
        </button>
      ),
    },
    { key: 'holder', header: t.holder, cell: (item) => item.holderName ?? item.maskedName ?? '—' },
    { key: 'occupationCode', header: t.occupationCode, cell: (item) => item.occupationCode },
    { key: 'level', header: t.level, cell: (item) => levelLabel(item.level) },
    { key: 'status', header: t.status, cell: (item) => statuses[item.status] },
    { key: 'issued', header: t.issued, cell: (item) => item.issuedOn },
  ];
  return (
    <DataTable columns={columns} rows={props.items} rowKey={(item) => item.certificateNo} caption={t.foundCaption} />
  );
}
