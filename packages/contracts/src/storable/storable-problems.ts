export type StorableProblemCode =
  | 'NESTED_ARRAY'
  | 'KEY_CONTAINS_DOT'
  | 'KEY_STARTS_WITH_DOLLAR'
  | 'NON_FINITE_NUMBER'
  | 'NUL_CHARACTER'
  | 'NOT_JSON';

export type StorablePath = readonly (string | number)[];

export interface StorableProblem {
  readonly code: StorableProblemCode;
  readonly path: StorablePath;
  readonly message: string;
}

/**
 * Every reason `value` could not be stored as-is on both MongoDB and FerretDB
 * (docs/architecture.md "One rule for every write"), each with the path where it occurs.
 * An object property that is `undefined` counts as absent, as in JSON.
 */
export function storableProblems(value: unknown): StorableProblem[] {
  const problems: StorableProblem[] = [];
  visit(value, [], false, new Set(), problems);
  return problems;
}

function visit(value: unknown, path: StorablePath, inArray: boolean, open: Set<object>, out: StorableProblem[]): void {
  if (value === null || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push(problem('NON_FINITE_NUMBER', path, `${value} cannot be stored`));
    return;
  }
  if (typeof value === 'string') {
    if (value.includes('\0')) out.push(problem('NUL_CHARACTER', path, 'strings must not contain NUL (U+0000)'));
    return;
  }
  if (typeof value !== 'object') {
    out.push(problem('NOT_JSON', path, `a ${typeof value} is not a JSON value`));
    return;
  }
  if (open.has(value)) {
    out.push(problem('NOT_JSON', path, 'a cyclic reference is not a JSON value'));
    return;
  }
  open.add(value);
  if (Array.isArray(value)) visitArray(value, path, inArray, open, out);
  else if (isPlainObject(value)) visitObject(value, path, open, out);
  else out.push(problem('NOT_JSON', path, `${Object.prototype.toString.call(value)} is not a plain JSON object`));
  open.delete(value);
}

function visitArray(items: unknown[], path: StorablePath, inArray: boolean, open: Set<object>, out: StorableProblem[]) {
  if (inArray) out.push(problem('NESTED_ARRAY', path, 'an array must not sit directly inside an array'));
  items.forEach((item, index) => {
    visit(item, [...path, index], true, open, out);
  });
}

function visitObject(record: Record<string, unknown>, path: StorablePath, open: Set<object>, out: StorableProblem[]) {
  for (const [key, child] of Object.entries(record)) {
    const at = [...path, key];
    if (key.includes('.')) out.push(problem('KEY_CONTAINS_DOT', at, `key "${key}" must not contain "."`));
    if (key.startsWith('$')) out.push(problem('KEY_STARTS_WITH_DOLLAR', at, `key "${key}" must not start with "$"`));
    if (key.includes('\0')) out.push(problem('NUL_CHARACTER', at, 'keys must not contain NUL (U+0000)'));
    if (child !== undefined) visit(child, at, false, open, out);
  }
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

const problem = (code: StorableProblemCode, path: StorablePath, message: string): StorableProblem => ({
  code,
  path,
  message,
});
