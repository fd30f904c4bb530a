/** One bad field of a 400 and the rule it broke, as the services' problem+json lists them. */
export interface ProblemField {
  readonly field: string;
  readonly rule: string;
  readonly message: string;
}

/**
 * A service's refusal (RFC 9457 problem+json) as a typed error: the HTTP status, the stable `code`
 * (`HTTP_<status>` when the answer was no problem document), and the first bad `field` of a 400.
 */
export interface ApiProblem extends Error {
  readonly kind: 'api-problem';
  readonly status: number;
  readonly code: string;
  readonly field: string | undefined;
  readonly errors: readonly ProblemField[];
  readonly detail: string | undefined;
}

interface ProblemBody {
  readonly code?: unknown;
  readonly title?: unknown;
  readonly detail?: unknown;
  readonly errors?: unknown;
  readonly field?: unknown;
  readonly rule?: unknown;
}

const stringOr = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

const fieldsOf = (errors: unknown): ProblemField[] =>
  Array.isArray(errors)
    ? errors.map((e: Record<string, unknown>) => ({
        field: stringOr(e?.field) ?? '',
        rule: stringOr(e?.rule) ?? '',
        message: stringOr(e?.message) ?? '',
      }))
    : [];

/**
 * The bad fields of a refusal: a 400 lists them; a domain refusal (422, 409 …) may name its one field
 * as an extension member (`field`, `rule`), with its detail as the message.
 */
function fieldsOfProblem(problem: ProblemBody, code: string, detail: string | undefined): ProblemField[] {
  const listed = fieldsOf(problem.errors);
  const field = stringOr(problem.field);
  if (listed.length > 0 || field === undefined) return listed;
  return [{ field, rule: stringOr(problem.rule) ?? code, message: detail ?? '' }];
}

/** The ApiProblem of a refused request: `body` is the answer as parsed (an object, or text that was no JSON). */
export function apiProblem(url: string, status: number, body: unknown): ApiProblem {
  const problem: ProblemBody = body !== null && typeof body === 'object' ? body : {};
  const code = stringOr(problem.code) ?? `HTTP_${status}`;
  const detail =
    stringOr(problem.detail) ?? stringOr(problem.title) ?? (typeof body === 'string' ? body.slice(0, 300) : undefined);
  const reasons = fieldsOf(problem.errors)
    .map((e) => `${e.field} ${e.message}`.trim())
    .join('; ');
  const errors = fieldsOfProblem(problem, code, detail);
  const message = `${url} answered ${status} ${code}: ${detail ?? ''}${reasons ? ` (${reasons})` : ''}`;
  return Object.assign(new Error(message), {
    kind: 'api-problem' as const,
    status,
    code,
    field: errors[0]?.field,
    errors,
    detail,
  });
}

/** Whether `error` is a service's refusal, with one of `codes` when any are given. */
export function isApiProblem(error: unknown, ...codes: readonly string[]): error is ApiProblem {
  const candidate = error as Partial<ApiProblem> | null;
  return candidate?.kind === 'api-problem' && (codes.length === 0 || codes.includes(candidate.code ?? ''));
}
