import './centre.css';
import { useEffect, useState } from 'preact/hooks';
import { api, isApiProblem, ok } from '../../api/clients.ts';
import { useSession } from '../../auth/session.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { problemFieldErrors, zodFieldErrors } from '../../ui/field-errors.ts';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { centreMessages } from './centre-messages.ts';
import { emptyFilters, type SessionFilterForm, SessionFilterSchema, setFilters } from './session-filters.ts';
import { type SessionLine, SessionsFilterForm, SessionsTable } from './sessions-parts.tsx';

interface Listing {
  readonly items: readonly SessionLine[];
  readonly next: string | null;
}

async function fetchPage(filters: SessionFilterForm, after: string | null): Promise<Listing> {
  const query = { ...setFilters(filters), ...(after === null ? {} : { after }) };
  return ok(api.assessment.GET('/v1/sessions', { params: { query } }));
}

/** An evaluation body's exam sessions: filters, the table, and more on request. */
export default function SessionsPage() {
  const t = useMessages(centreMessages);
  const { session } = useSession();
  const [form, setForm] = useState<SessionFilterForm>(emptyFilters);
  const [listing, setListing] = useState<Listing | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<unknown>(null);

  const load = async (filters: SessionFilterForm, after: string | null) => {
    setProblem(null);
    try {
      const page = await fetchPage(filters, after);
      setListing((shown) =>
        after === null || shown === null ? page : { ...page, items: [...shown.items, ...page.items] },
      );
    } catch (error) {
      setProblem(error);
      if (isApiProblem(error)) setErrors(problemFieldErrors(error));
    }
  };
  useEffect(() => {
    void load(emptyFilters, null);
  }, []);

  const search = (event: Event) => {
    event.preventDefault();
    const checked = SessionFilterSchema.safeParse(setFilters(form));
    const found = checked.success ? {} : zodFieldErrors(checked.error);
    if (found.to === 'to_before_from') found.to = t.toBeforeFrom;
    setErrors(found);
    if (checked.success) void load(form, null);
  };

  return (
    <section aria-labelledby="sessions-title">
      <h1 id="sessions-title">{t.sessionsTitle}</h1>
      <p class="lead">{t.sessionsLead}</p>
      <SessionsFilterForm
        form={form}
        errors={errors}
        showBody={session?.role === 'admin'}
        onChange={setForm}
        onSubmit={search}
      />
      <ProblemNotice error={problem} />
      {listing === null ? (
        <p aria-live="polite">{t.loading}</p>
      ) : (
        <>
          <SessionsTable items={listing.items} />
          {listing.next === null ? null : (
            <button type="button" class="secondary" onClick={() => void load(form, listing.next)}>
              {t.more}
            </button>
          )}
        </>
      )}
    </section>
  );
}
