import { matrixRequest, routeKey } from './authz-requests.ts';
import type { Answer, AuthzSubject, Cell } from './authz-subject.ts';

const problemType = (answer: Answer): unknown => (JSON.parse(answer.body) as { type?: unknown }).type;

// The same length and alphabet, so the parameter still passes validation: a digit or letter moved on by one.
export const nextValue = (value: string): string => {
  const last = value.at(-1) ?? '';
  const next = /\d/.test(last)
    ? String((Number(last) + 1) % 10)
    : last === 'z'
      ? 'a'
      : String.fromCharCode(last.charCodeAt(0) + 1);
  return `${value.slice(0, -1)}${next}`;
};

/**
 * A 404 for another scope's resource must be the 404 of one that does not exist (the same problem
 * type), or the difference tells the resource exists: the same request, every path parameter changed.
 */
export async function notAlike(
  subject: AuthzSubject,
  { route, kind }: Cell,
  answer: Answer,
  token: Record<string, string>,
) {
  if (!route.url.includes(':')) return null;
  const absent = Object.fromEntries(Object.entries(subject.params).map(([name, value]) => [name, nextValue(value)]));
  const request = matrixRequest(route, kind, absent, subject.scoped[routeKey(route)]);
  const twin = await subject.app.inject({ ...request, headers: { ...request.headers, ...token } });
  if (twin.statusCode === 404 && problemType(twin) === problemType(answer)) return null;
  return `${routeKey(route)} × ${kind}: 404 ${problemType(answer)}, but ${twin.statusCode} ${problemType(twin)} where nothing exists`;
}
