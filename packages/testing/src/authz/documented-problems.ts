import type { Injectable } from '../http-conventions.ts';

const PROBLEM = 'application/problem+json';

interface ProblemResponse {
  readonly content?: Record<string, { readonly schema?: { readonly 'x-error-codes'?: readonly string[] } }>;
}
type Paths = Record<string, Record<string, { readonly responses?: Record<string, ProblemResponse> }>>;

/** The OpenAPI document's operations, to hold each answered problem to what its operation lists. */
export async function documentedPaths(app: Injectable): Promise<Paths> {
  const response = await app.inject({ method: 'GET', url: '/docs/json' });
  return (JSON.parse(response.body) as { paths: Paths }).paths;
}

type Answer = Awaited<ReturnType<Injectable['inject']>>;

/**
 * Why a problem the route (`METHOD /path/:param`) answered is not in its OpenAPI document: its
 * status not listed, or its code not among the status's `x-error-codes` (an empty list, as on 503,
 * stands for codes that name a fault). Null when documented, when the answer is no problem, or
 * when the document leaves the route out.
 */
export function undocumentedProblem(paths: Paths, key: string, answer: Answer): string | null {
  if (!String(answer.headers['content-type'] ?? '').startsWith(PROBLEM)) return null;
  const [method = '', url = ''] = key.split(' ');
  const operation = paths[url.replaceAll(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()];
  // Routes kept out of the document (/health, /ready, /metrics) promise nothing there.
  if (operation === undefined) return null;
  const documented = operation.responses?.[String(answer.statusCode)]?.content?.[PROBLEM]?.schema;
  const { code } = JSON.parse(answer.body) as { code: string };
  if (documented === undefined) return `${key}: answered ${answer.statusCode} ${code}, a status its document omits`;
  const codes = documented['x-error-codes'] ?? [];
  if (codes.length > 0 && !codes.includes(code)) {
    return `${key}: answered ${answer.statusCode} ${code}, not among its documented codes ${codes.join(', ')}`;
  }
  return null;
}
