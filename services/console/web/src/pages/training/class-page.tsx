import './training.css';
import { useEffect, useState } from 'preact/hooks';
import { api, ok, okOrNull } from '../../api/clients.ts';
import { useMessages } from '../../i18n/messages.ts';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { ClassDetails } from './class-details.tsx';
import { ClassSheets } from './class-sheets.tsx';
import { CompleteClass } from './complete-class.tsx';
import { CompletionOutcome } from './completion-outcome.tsx';
import { classHours } from './roster-figures.ts';
import { rosterMessages } from './roster-messages.ts';
import { SittingAttendanceTable } from './sitting-attendance-table.tsx';
import { TraineesTable } from './trainees-table.tsx';
import { type ClassRecord, classPath, type Enrollee, type Enrolment } from './training-api.ts';

interface Loaded {
  readonly record: ClassRecord;
  readonly trainees: readonly Enrollee[];
  readonly rule: Enrolment['completionRule'];
}

async function loadClass(classId: string): Promise<Loaded | null> {
  const record = await okOrNull(api.training.GET('/v1/classes/{classId}', classPath(classId)));
  if (record === null) return null;
  const roster = await ok(api.training.GET('/v1/classes/{classId}/enrolments', classPath(classId)));
  return { record, trainees: roster.items, rule: roster.completionRule };
}

/** One class: its plan, its trainees with attendance, its sheets, and completion (docs/domain.md §7.1–7.4). */
export default function ClassPage({ classId }: { classId: string }) {
  const t = useMessages(rosterMessages);
  const [loaded, setLoaded] = useState<Loaded | null | undefined>(undefined);
  const [problem, setProblem] = useState<unknown>(null);
  const reload = () => loadClass(classId).then(setLoaded, setProblem);
  useEffect(() => void reload(), [classId]);
  if (problem !== null) return <ProblemNotice error={problem} />;
  if (loaded === undefined) return <p aria-live="polite">{t.loading}</p>;
  const back = (
    <p>
      <a href="/training/classes">{t.back}</a>
    </p>
  );
  if (loaded === null)
    return (
      <>
        {back}
        <p class="notice">{t.notFound}</p>
      </>
    );
  const { record, trainees, rule } = loaded;
  const totalHours = classHours(record.sittings);
  const completed = trainees.some((e) => e.outcome !== null);
  return (
    <article aria-labelledby="class-title">
      {back}
      <h1 id="class-title">{t.title(record.name)}</h1>
      <ClassDetails record={record} />
      <h2>{t.traineesTitle}</h2>
      <p>{t.traineesLead(trainees.length, record.capacity)}</p>
      <TraineesTable trainees={trainees} totalHours={totalHours} minShare={rule?.minAttendanceShare ?? null} />
      <h2>{t.attendanceTitle}</h2>
      <p>{t.attendanceLead(totalHours)}</p>
      <p>
        {rule === null
          ? t.noRule
          : `${t.completionRule(Math.round(rule.minAttendanceShare * 100), rule.effectiveFrom)}${rule.confirmed ? '' : ` ${t.unconfirmedRule}`}`}
      </p>
      <h3>{t.perSittingTitle}</h3>
      <p>{t.perSittingLead}</p>
      <SittingAttendanceTable record={record} trainees={trainees} />
      {completed ? (
        <CompletionOutcome trainees={trainees} />
      ) : (
        <>
          <ClassSheets record={record} onApplied={() => void reload()} />
          <CompleteClass record={record} trainees={trainees.length} onCompleted={() => void reload()} />
        </>
      )}
    </article>
  );
}
