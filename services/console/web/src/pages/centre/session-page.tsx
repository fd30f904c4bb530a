import './centre.css';
import { useEffect, useState } from 'preact/hooks';
import { api, ok, okOrNull } from '../../api/clients.ts';
import { useMessages } from '../../i18n/messages.ts';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { type CandidateLine, CandidatesTable } from './candidates-table.tsx';
import { CloseSession } from './close-session.tsx';
import { SessionDetails, type SessionPlan } from './session-details.tsx';
import { sessionMessages } from './session-messages.ts';
import { SessionSheets } from './session-sheets.tsx';

interface Loaded {
  readonly session: SessionPlan;
  readonly candidates: readonly CandidateLine[];
}

/** Every candidate, page by page (a session holds at most 10,000). */
async function allCandidates(sessionId: string): Promise<CandidateLine[]> {
  const found: CandidateLine[] = [];
  let after: string | undefined;
  do {
    const query = { limit: 1000, ...(after === undefined ? {} : { after }) };
    const page = await ok(
      api.assessment.GET('/v1/sessions/{sessionId}/candidates', { params: { path: { sessionId }, query } }),
    );
    found.push(...(page.items as CandidateLine[]));
    after = page.next ?? undefined;
  } while (after !== undefined);
  return found;
}

async function loadSession(sessionId: string): Promise<Loaded | null> {
  const session = await okOrNull(api.assessment.GET('/v1/sessions/{sessionId}', { params: { path: { sessionId } } }));
  if (session === null) return null;
  return { session: session as SessionPlan, candidates: await allCandidates(sessionId) };
}

/** One exam session: its plan, its candidates and results, its two sheets, and closing it. */
export default function SessionPage({ sessionId }: { sessionId: string }) {
  const t = useMessages(sessionMessages);
  const [loaded, setLoaded] = useState<Loaded | null | undefined>(undefined);
  const [problem, setProblem] = useState<unknown>(null);
  const reload = () => loadSession(sessionId).then(setLoaded, setProblem);
  useEffect(() => {
    void reload();
  }, [sessionId]);

  if (problem !== null) return <ProblemNotice error={problem} />;
  if (loaded === undefined) return <p aria-live="polite">{t.loading}</p>;
  if (loaded === null) return <p class="notice">{t.notFound}</p>;
  const { session, candidates } = loaded;
  const open = session.status === 'scheduled';
  return (
    <article aria-labelledby="session-title">
      <p>
        <a href="/centre/sessions">{t.back}</a>
      </p>
      <h1 id="session-title">{t.title(session.sessionId)}</h1>
      <SessionDetails session={session} />
      <h2>{t.candidatesTitle}</h2>
      <CandidatesTable candidates={candidates} parts={session.parts} />
      {open ? (
        <>
          <SessionSheets
            sessionId={sessionId}
            candidateIds={candidates.map((c) => c.candidateId)}
            parts={session.parts}
            onApplied={() => void reload()}
          />
          <CloseSession sessionId={sessionId} pending={session.candidates.pending} onClosed={() => void reload()} />
        </>
      ) : (
        <p class="notice">{t.closedNotice}</p>
      )}
    </article>
  );
}
