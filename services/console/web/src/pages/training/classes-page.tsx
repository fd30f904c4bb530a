import './training.css';
import { useEffect, useState } from 'preact/hooks';
import { api, ok } from '../../api/clients.ts';
import { useSession } from '../../auth/session.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { ClassList } from './class-list.tsx';
import { classMessages } from './class-messages.ts';
import { FileClassForm } from './file-class-form.tsx';
import { type ClassRecord, providerPath } from './training-api.ts';

/** A provider's own classes (its providerId from the sign-in token) and filing a new one. */
export default function ClassesPage() {
  const t = useMessages(classMessages);
  const providerId = useSession().session?.providerId;
  const [classes, setClasses] = useState<readonly ClassRecord[] | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const load = () => {
    if (providerId === undefined) return;
    ok(api.training.GET('/v1/providers/{providerId}/classes', providerPath(providerId))).then(
      (answer) => setClasses(answer.items),
      setProblem,
    );
  };
  useEffect(load, [providerId]);
  if (providerId === undefined) return <p class="notice">{t.noProvider}</p>;
  return (
    <section aria-labelledby="classes-title">
      <h1 id="classes-title">{t.title}</h1>
      <p>{t.lead}</p>
      <ProblemNotice error={problem} />
      {classes === null ? null : <ClassList classes={classes} />}
      <FileClassForm providerId={providerId} onFiled={load} />
    </section>
  );
}
