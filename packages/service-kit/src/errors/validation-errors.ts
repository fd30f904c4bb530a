import type { ZodFastifySchemaValidationError } from 'fastify-type-provider-zod';

export interface FieldError {
  /** Dotted path with the request part first, e.g. `body.items.3.score`. */
  readonly field: string;
  /** The zod issue code, e.g. `too_small`, `invalid_format`. */
  readonly rule: string;
  readonly message: string;
}

const unrecognisedKeys = (issue: ZodFastifySchemaValidationError): string[] => {
  const keys = (issue.params as { keys?: unknown }).keys;
  return Array.isArray(keys) ? keys.map(String) : [];
};

/** A refinement that names its rule (the text rules of contracts do) reports that rule, not `custom`. */
const ruleOf = (issue: ZodFastifySchemaValidationError): string => {
  const named = (issue.params as { params?: { rule?: unknown } }).params?.rule;
  return typeof named === 'string' ? named : issue.keyword;
};

/** One entry per bad field; an unknown-keys issue names each extra key, so a client can point at it. */
export function fieldErrors(issues: readonly ZodFastifySchemaValidationError[], location: string): FieldError[] {
  return issues.flatMap((issue) => {
    const path = [location, ...issue.instancePath.split('/').filter((segment) => segment !== '')];
    const message = issue.message ?? issue.keyword;
    const extraKeys = issue.keyword === 'unrecognized_keys' ? unrecognisedKeys(issue) : [];
    if (extraKeys.length === 0) return [{ field: path.join('.'), rule: ruleOf(issue), message }];
    return extraKeys.map((key) => ({ field: [...path, key].join('.'), rule: issue.keyword, message }));
  });
}
