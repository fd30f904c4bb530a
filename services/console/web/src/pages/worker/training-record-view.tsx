import { useEffect, useState } from 'preact/hooks';
import { api, okOrNull } from '../../api/clients.ts';
import { useMessages } from '../../i18n/messages.ts';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { RecordApprenticeshipTable } from './record-apprenticeship-table.tsx';
import { RecordClassTable } from './record-class-table.tsx';
import type { RecordAnswer } from './record-types.ts';
import { recordMessages } from './training-record-messages.ts';

const readRecord = (workerId: string) =>
  okOrNull(api.career.GET('/v1/workers/{workerId}/record', { params: { path: { workerId } } }));

/**
 * The worker's lifelong training record (终身职业技能培训电子档案) beside the ladder: classes and
 * apprenticeships. Career knows no record of a worker who never trained (404): that reads as none.
 */
export function TrainingRecordView({ workerId }: { workerId: string }) {
  const t = useMessages(recordMessages);
  const [record, setRecord] = useState<RecordAnswer | null | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    setRecord(undefined);
    readRecord(workerId).then(setRecord, setError);
  }, [workerId]);
  return (
    <section aria-labelledby="record-title" class="training-record">
      <h2 id="record-title">{t.title}</h2>
      <ProblemNotice error={error} />
      {record === undefined && error === null ? <p>{t.loading}</p> : null}
      {record === null ? <p>{t.none}</p> : null}
      {record ? (
        <>
          <RecordClassTable entries={record.entries} />
          <RecordApprenticeshipTable entries={record.apprenticeships} />
        </>
      ) : null}
    </section>
  );
}
