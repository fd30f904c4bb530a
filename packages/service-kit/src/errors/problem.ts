import type { AppError } from './app-error.ts';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** RFC 9457 problem details, plus our stable `code` and any extension members. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance: string;
  readonly code: string;
  readonly [extension: string]: unknown;
}

// A URN rather than a URL: we publish no pages per problem, and a URN cannot be mistaken for one.
export const problemType = (code: string): string =>
  `urn:tianfu-skills:problem:${code.toLowerCase().replaceAll('_', '-')}`;

export function toProblem(error: AppError, instance: string): Problem {
  return {
    ...error.extra,
    type: problemType(error.code),
    title: error.title,
    status: error.status,
    detail: error.detail,
    instance,
    code: error.code,
  };
}
