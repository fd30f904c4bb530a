import { useState } from 'preact/hooks';
import { api, ok } from '../../api/clients.ts';
import { useMessages } from '../../i18n/messages.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { rosterMessages } from './roster-messages.ts';
import { type ClassRecord, type CompletionReceipt, classPath } from './training-api.ts';

interface CompleteClassProps {
  readonly record: ClassRecord;
  readonly trainees: number;
  readonly onCompleted: () => void;
}

/** Completing a class (docs/domain.md §7.4), asked once more since it judges every trainee for good. */
export function CompleteClass({ record, trainees, onCompleted }: CompleteClassProps) {
  const t = useMessages(rosterMessages);
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [done, setDone] = useState<CompletionReceipt | null>(null);
  const confirm = async () => {
    setOpen(false);
    setProblem(null);
    try {
      setDone(await ok(api.training.POST('/v1/classes/{classId}/completion', classPath(record.classId))));
      onCompleted();
    } catch (error) {
      setProblem(error);
    }
  };
  return (
    <section aria-labelledby="completion-title">
      <h2 id="completion-title">{t.completionTitle}</h2>
      <p>{t.completionLead}</p>
      <button type="button" class="danger" onClick={() => setOpen(true)}>
        {t.complete}
      </button>
      <ProblemNotice error={problem} />
      {done === null ? null : (
        <div class="success" role="status">
          <p>{t.completionDone(done.completers, done.nonCompleters)}</p>
          <p>{t.completionRule(Math.round(done.rule.minAttendanceShare * 100), done.rule.effectiveFrom)}</p>
        </div>
      )}
      <ConfirmDialog
        open={open}
        title={t.confirmTitle(record.name)}
        confirm={t.confirm}
        cancel={t.cancel}
        onConfirm={() => void confirm()}
        onCancel={() => setOpen(false)}
      >
        <p>{t.confirmLead(trainees)}</p>
      </ConfirmDialog>
    </section>
  );
}
