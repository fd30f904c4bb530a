import { type ApiProblem, isApiProblem } from '../api/clients.ts';
import { useMessages } from '../i18n/messages.ts';
import { problemMessages } from './problem-notice-messages.ts';

const retryAfterSeconds = (problem: ApiProblem): number => {
  const match = /(\d+)\s*(?:s|second)/i.exec(problem.detail ?? '');
  return match ? Number(match[1]) : 60;
};

/** What a refused or failed request means for the user: the rule, the fields, or when to try again. */
export function ProblemNotice({ error }: { error: unknown }) {
  const t = useMessages(problemMessages);
  if (error === null || error === undefined) return null;
  if (!isApiProblem(error)) {
    return (
      <div class="problem" role="alert">
        {t.unreachable}
      </div>
    );
  }
  const summary =
    error.status === 429
      ? t.tooMany(retryAfterSeconds(error))
      : error.status === 401
        ? t.unauthorised
        : error.status === 403
          ? t.forbidden
          : error.status >= 500
            ? t.unavailable
            : (error.detail ?? t.refused);
  return (
    <div class="problem" role="alert">
      <p>{summary}</p>
      {error.errors.length > 0 ? (
        <>
          <p>{t.fields}</p>
          <ul>
            {error.errors.map((field) => (
              <li key={field.field}>
                <code>{field.field}</code> {field.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
