import { useEffect, useState } from 'preact/hooks';
import { api, okOrNull } from '../../api/clients.ts';
import { useMessages } from '../../i18n/messages.ts';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { GradeForm } from './grade-form.tsx';
import { officeMessages } from './office-messages.ts';
import { ProviderRecordView } from './provider-record.tsx';
import { ProviderSupervision } from './provider-supervision.tsx';
import { type ProviderRecord, providerPath } from './training-api.ts';

/** One provider for the training office: its record, grading it, and 进入退出 (docs/domain.md §7.1). */
export default function ProviderPage({ providerId }: { providerId: string }) {
  const t = useMessages(officeMessages);
  const [record, setRecord] = useState<ProviderRecord | null | undefined>(undefined);
  const [problem, setProblem] = useState<unknown>(null);
  useEffect(() => {
    okOrNull(api.training.GET('/v1/providers/{providerId}', providerPath(providerId))).then(setRecord, setProblem);
  }, [providerId]);
  const back = (
    <p>
      <a href="/training/providers">{t.back}</a>
    </p>
  );
  if (problem !== null) return <ProblemNotice error={problem} />;
  if (record === undefined) return <p aria-live="polite">{t.loading}</p>;
  if (record === null)
    return (
      <>
        {back}
        <p class="notice">{t.notFound}</p>
      </>
    );
  return (
    <article aria-labelledby="provider-title">
      {back}
      <h1 id="provider-title">{record.name}</h1>
      <ProviderRecordView record={record} />
      {record.status === 'removed' ? null : <GradeForm providerId={providerId} onGraded={setRecord} />}
      <ProviderSupervision record={record} onChanged={setRecord} />
    </article>
  );
}
