import { useEffect, useState } from 'preact/hooks';
import { api, ok } from '../../api/clients.ts';
import { useMessages } from '../../i18n/messages.ts';
import { changeMessages, officeMessages, reasonMessages, statusMessages } from './office-messages.ts';
import { levelLabel, type OfficeCertificate } from './office-types.ts';
import { StatusActionForm } from './status-action-form.tsx';

interface HistoryItem {
  readonly change: string;
  readonly at: string;
  readonly by: string;
  readonly reason: string | null;
  readonly note: string | null;
}

const statusBadge = { valid: 'badge badge-ok', suspended: 'badge badge-warn', revoked: 'badge badge-bad' } as const;

/** One certificate as the office keeps it: what it states, its holder in full, its changes and the actions left. */
export function CertificateRecord({
  initial,
  onChanged,
}: {
  initial: OfficeCertificate;
  onChanged: (changed: OfficeCertificate) => void;
}) {
  const t = useMessages(officeMessages);
  const statuses = useMessages(statusMessages);
  const reasons = useMessages(reasonMessages);
  const changes = useMessages(changeMessages);
  const [certificate, setCertificate] = useState(initial);
  const [history, setHistory] = useState<readonly HistoryItem[]>([]);
  const { certificateNo } = certificate;
  const loadHistory = () => {
    const params = { path: { certificateNo } };
    ok(api.certification.GET('/v1/certificates/{certificateNo}/history', { params })).then(
      (answer) => setHistory(answer.items),
      () => setHistory([]),
    );
  };
  useEffect(() => setCertificate(initial), [initial]);
  // Read for each certificate opened; after a change, changed() reads it again.
  useEffect(loadHistory, [certificateNo]);
  const changed = (change: Omit<OfficeCertificate, 'holderName'>) => {
    const next = { ...certificate, ...change };
    setCertificate(next);
    onChanged(next);
    loadHistory();
  };
  const reasonOf = (reason: string | null) => (reason ? (reasons[reason as keyof typeof reasons] ?? reason) : '');

  return (
    <article aria-labelledby="record-title" class="record">
      <h2 id="record-title">
        {certificateNo} <span class={statusBadge[certificate.status]}>{statuses[certificate.status]}</span>
      </h2>
      <dl class="facts">
        <dt>{t.holder}</dt>
        <dd>{certificate.holderName ?? certificate.maskedName ?? '—'}</dd>
        <dt>{t.occupationCode}</dt>
        <dd>{certificate.occupationCode}</dd>
        <dt>{t.level}</dt>
        <dd>{levelLabel(certificate.level)}</dd>
        <dt>{t.body}</dt>
        <dd>{`${certificate.bodyName} (${certificate.bodyId})`}</dd>
        <dt>{t.issued}</dt>
        <dd>{certificate.issuedOn}</dd>
        <dt>{t.printSerial}</dt>
        <dd>{certificate.printSerial}</dd>
        <dt>{t.basis}</dt>
        <dd>{`${certificate.basis}: ${certificate.basisReference}`}</dd>
      </dl>
      <h3>{t.history}</h3>
      <ol class="history">
        {history.map((item) => (
          <li key={`${item.change}-${item.at}`}>
            <time dateTime={item.at}>{item.at.slice(0, 16).replace('T', ' ')}</time>{' '}
            {changes[item.change as keyof typeof changes] ?? item.change} {reasonOf(item.reason)} {item.note ?? ''}{' '}
            <span class="muted">{`${t.by}: ${item.by}`}</span>
          </li>
        ))}
      </ol>
      <StatusActionForm certificate={certificate} onChanged={changed} />
    </article>
  );
}
