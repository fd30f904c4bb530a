import { apiProblem } from './api-problem.ts';

/** What an openapi-fetch call resolves to: the parsed success, or the parsed refusal. */
type Answer = { readonly data?: unknown; readonly error?: unknown; readonly response: Response };
type Success<A extends Answer> = Extract<A, { error?: never }>['data'];

/** The success of a call, or its refusal thrown as an ApiProblem. */
export async function ok<A extends Answer>(call: Promise<A>): Promise<Success<A>> {
  const { data, error, response } = await call;
  if (!response.ok) throw apiProblem(response.url, response.status, error);
  return data as Success<A>;
}

/** Like `ok`, but null where the service answers 404 (nothing there yet, or any more). */
export async function okOrNull<A extends Answer>(call: Promise<A>): Promise<Success<A> | null> {
  const { data, error, response } = await call;
  if (response.status === 404) return null;
  if (!response.ok) throw apiProblem(response.url, response.status, error);
  return data as Success<A>;
}
