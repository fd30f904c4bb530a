import { useState } from 'preact/hooks';
import { useLang } from '../../i18n/lang.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { chinaMinute } from '../../ui/china-time.ts';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { ClawBackForm } from './clawback-form.tsx';
import { yuanText } from './money.ts';
import { PaidForm } from './paid-form.tsx';
import { downloadBatchFile } from './payment-api.ts';
import { payeeNames, paymentsMessages } from './payments-messages.ts';
import { regionName } from './region-name.ts';
import type { Batch, BatchLine } from './subsidy-types.ts';

/** A payment batch: its figures, the bank's file, its lines, the bank's confirmation, and clawbacks once paid. */
export function BatchView({ batch, onChanged }: { batch: Batch; onChanged: (batch: Batch) => void }) {
  const t = useMessages(paymentsMessages);
  const payees = useMessages(payeeNames);
  const { lang } = useLang();
  const [clawing, setClawing] = useState<BatchLine | null>(null);
  const [clawedBack, setClawedBack] = useState<ReadonlySet<string>>(new Set());
  const [problem, setProblem] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const download = async () => {
    try {
      await downloadBatchFile(batch.batchId);
      setProblem(null);
    } catch (error) {
      setProblem(error);
    }
  };
  const seq = new Map(batch.lines.map((l, i) => [l.claimId, i + 1]));
  const columns: Column<BatchLine>[] = [
    { key: 'seq', header: t.seq, cell: (l) => String(seq.get(l.claimId)), align: 'end' },
    { key: 'claim', header: t.claimId, cell: (l) => <code>{l.claimId}</code>, rowHeader: true },
    { key: 'payee', header: t.payee, cell: (l) => payees[l.payee] },
    // The id's head is enough to tell lines apart on screen; the bank's file carries it whole.
    { key: 'worker', header: t.workerId, cell: (l) => <code title={l.workerId}>{l.workerId.slice(0, 12)}…</code> },
    { key: 'amount', header: t.amount, cell: (l) => yuanText(l.amountFen), align: 'end' },
    {
      key: 'action',
      header: t.action,
      cell: (l) =>
        clawedBack.has(l.claimId) ? (
          <span class="badge badge-bad">{t.clawedBackMark}</span>
        ) : batch.paidOn === null ? (
          '—'
        ) : (
          <button
            type="button"
            class="link-button"
            aria-label={t.clawBack(l.claimId)}
            onClick={() => {
              setNotice(null);
              setClawing(l);
            }}
          >
            {t.submitClawBack}
          </button>
        ),
    },
  ];
  return (
    <section aria-labelledby="batch-title" class="batch" data-batch={batch.batchId}>
      <h2 id="batch-title">{t.batchTitle(batch.batchId)}</h2>
      <dl class="figures">
        <div>
          <dt>{t.region}</dt>
          <dd>{regionName(batch.region, lang)}</dd>
        </div>
        <div>
          <dt>{t.lines}</dt>
          <dd>{batch.lines.length}</dd>
        </div>
        <div>
          <dt>{t.totalYuan}</dt>
          <dd data-figure="total">{yuanText(batch.totalFen)}</dd>
        </div>
        <div>
          <dt>{t.paidOn}</dt>
          <dd data-figure="paid-on">{batch.paidOn ?? t.notPaid}</dd>
        </div>
      </dl>
      <p class="field-hint">
        {t.assembledAt}: {chinaMinute(batch.assembledAt)}
      </p>
      <button type="button" class="secondary" onClick={() => void download()}>
        {t.download}
      </button>
      <ProblemNotice error={problem} />
      <PaidForm batch={batch} onPaid={onChanged} />
      {notice === null ? null : (
        <p class="success" role="status">
          {notice}
        </p>
      )}
      {clawing === null ? null : (
        <ClawBackForm
          key={clawing.claimId}
          line={clawing}
          onClawedBack={(claimId, said) => {
            setClawedBack(new Set([...clawedBack, claimId]));
            setClawing(null);
            setNotice(said);
          }}
          onCancel={() => setClawing(null)}
        />
      )}
      <DataTable
        class="batch-lines cards-on-phone"
        columns={columns}
        rows={batch.lines}
        rowKey={(l) => l.claimId}
        caption={t.linesCaption}
        captionVisible
        rowAttributes={(l) => ({ 'data-claim': l.claimId })}
        footer={{ seq: t.total, amount: yuanText(batch.totalFen) }}
      />
    </section>
  );
}
