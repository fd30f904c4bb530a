import { useId, useState } from 'preact/hooks';
import { api, ok } from '../../api/clients.ts';
import { useMessages } from '../../i18n/messages.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { sessionMessages } from './session-messages.ts';

interface CloseSessionProps {
  readonly sessionId: string;
  readonly pending: number;
  readonly onClosed: () => void;
}

/** Closing a session, asked once more in a modal dialog, since it makes every result final. */
export function CloseSession({ sessionId, pending, onClosed }: CloseSessionProps) {
  const t = useMessages(sessionMessages);
  const id = useId();
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const confirm = async () => {
    setProblem(null);
    try {
      await ok(api.assessment.POST('/v1/sessions/{sessionId}/close', { params: { path: { sessionId } } }));
      setOpen(false);
      onClosed();
    } catch (error) {
      setOpen(false);
      setProblem(error);
    }
  };
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.closeTitle}</h2>
      <p>{t.closeLead}</p>
      <button type="button" class="danger" onClick={() => setOpen(true)}>
        {t.close}
      </button>
      <ProblemNotice error={problem} />
      <ConfirmDialog
        open={open}
        title={t.confirmTitle(sessionId)}
        confirm={t.confirm}
        cancel={t.cancel}
        onConfirm={() => void confirm()}
        onCancel={() => setOpen(false)}
      >
        <p>{t.confirmLead(pending)}</p>
      </ConfirmDialog>
    </section>
  );
}
