/** The part of an OpenAPI document the fuzz harness reads and rewrites. */
export interface OpenApiDocument {
  readonly paths: Record<string, Record<string, unknown>>;
  readonly [key: string]: unknown;
}

interface Operation {
  readonly description?: string;
  readonly security?: readonly unknown[];
}

const methods = new Set(['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace']);

/** Who fuzzes a route: `public` when it documents no security, else a role. */
export type Caller = 'public' | string;

/**
 * The roles a protected operation admits, from the "Roles: hr, admin." its description carries
 * (service-kit writes it from the route's guard); `admin` alone when it names none.
 */
export function operationCallers(operation: Operation): Caller[] {
  if (!operation.security || operation.security.length === 0) return ['public'];
  const named = /Roles: ([^.]*)\./.exec(operation.description ?? '')?.[1] ?? '';
  const roles = [...new Set(named.split(',').map((r) => r.trim()))].filter((r) => r.length > 0);
  return roles.length > 0 ? roles : ['admin'];
}

/**
 * The document split by caller: each caller's document keeps only the operations it may call,
 * so each fuzz run goes with one token. `everyRole: false` puts an operation under its first
 * role only (the bounded run), `true` under each role it admits.
 */
export function documentsByCaller(document: OpenApiDocument, everyRole: boolean): Map<Caller, OpenApiDocument> {
  const paths = new Map<Caller, Record<string, Record<string, unknown>>>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!methods.has(method)) continue;
      const callers = operationCallers(operation as Operation);
      for (const caller of everyRole ? callers : callers.slice(0, 1)) {
        const own = paths.get(caller) ?? {};
        const shared = Object.fromEntries(Object.entries(item).filter(([key]) => !methods.has(key)));
        own[path] = { ...shared, ...own[path], [method]: operation };
        paths.set(caller, own);
      }
    }
  }
  return new Map(
    [...paths].sort(([a], [b]) => a.localeCompare(b)).map(([caller, p]) => [caller, { ...document, paths: p }]),
  );
}
