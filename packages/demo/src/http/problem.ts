/** An RFC 9457 problem+json answer, as the services send it (service-kit's error handler). */
export interface Problem {
  readonly status: number;
  readonly code: string;
  readonly title?: string;
  readonly detail?: string;
  readonly errors?: readonly { readonly field?: string; readonly rule?: string; readonly message?: string }[];
}

/** A 4xx/5xx answer of a platform service, with the problem's stable `code`. */
export interface ProblemError extends Error {
  readonly kind: 'problem';
  readonly problem: Problem;
}

export function problemError(request: string, problem: Problem): ProblemError {
  const reasons = problem.errors?.map((e) => `${e.field ?? ''} ${e.message ?? ''}`.trim()).join('; ');
  const message = `${request} → ${problem.status} ${problem.code}: ${problem.detail ?? problem.title ?? ''}${reasons ? ` (${reasons})` : ''}`;
  return Object.assign(new Error(message), { kind: 'problem' as const, problem });
}

/** Whether `error` is a service's problem answer, with one of `codes` when given. */
export function isProblem(error: unknown, ...codes: readonly string[]): error is ProblemError {
  const problem = (error as Partial<ProblemError> | null)?.kind === 'problem' ? (error as ProblemError).problem : null;
  return problem !== null && (codes.length === 0 || codes.includes(problem.code));
}
