import { useMessages } from '../../i18n/messages.ts';
import { outcomeSplit } from './roster-figures.ts';
import { rosterMessages } from './roster-messages.ts';
import type { Enrollee } from './training-api.ts';

function Names({ id, title, trainees }: { id: string; title: string; trainees: readonly Enrollee[] }) {
  const t = useMessages(rosterMessages);
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{`${title}（${trainees.length}）`}</h3>
      <ul>
        {trainees.map((e) => (
          <li key={e.enrolmentId}>
            {e.name ?? t.erased} {e.maskedIdNumber ?? ''}
            {e.outcome?.certificateNo ? ` — ${t.certificate(e.outcome.certificateNo)}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Who completed and who did not, once completion has judged the class. */
export function CompletionOutcome({ trainees }: { trainees: readonly Enrollee[] }) {
  const t = useMessages(rosterMessages);
  const { completed, notCompleted } = outcomeSplit(trainees);
  return (
    <div class="completion-outcome">
      <p class="notice">{t.classCompleted}</p>
      <Names id="completers-title" title={t.completersTitle} trainees={completed} />
      <Names id="non-completers-title" title={t.nonCompletersTitle} trainees={notCompleted} />
    </div>
  );
}
