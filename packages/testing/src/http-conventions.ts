/** What the check needs of a fastify app: `inject`. */
export interface Injectable {
  inject(options: { method: string; url: string; headers?: Record<string, string>; payload?: string }): Promise<{
    statusCode: number;
    headers: Record<string, unknown>;
    body: string;
  }>;
}

interface Operation {
  readonly requestBody?: unknown;
  readonly security?: readonly unknown[];
  readonly responses?: Record<string, { content?: Record<string, unknown> }>;
}

type Headers = Record<string, string>;

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
const PROBLEM = 'application/problem+json';

// Path parameters get a placeholder: every convention checked here is decided before they are validated.
const concrete = (path: string): string => path.replaceAll(/\{[^}]+\}/g, 'x');

// Public operations say `security: []`; a guarded one names its scheme.
const guarded = (operation: Operation): boolean => (operation.security ?? []).length > 0;

function headerProblems(label: string, headers: Record<string, unknown>): string[] {
  const wanted: Record<string, (value: unknown) => boolean> = {
    'x-content-type-options': (v) => v === 'nosniff',
    'content-security-policy': (v) => typeof v === 'string' && v.includes("default-src 'self'"),
    'referrer-policy': (v) => v === 'no-referrer',
    'cache-control': (v) => typeof v === 'string' && v !== '',
  };
  return Object.entries(wanted)
    .filter(([name, ok]) => !ok(headers[name]))
    .map(([name]) => `${label}: header ${name} is ${String(headers[name])}`);
}

function documentProblems(label: string, operation: Operation): string[] {
  const responses = operation.responses ?? {};
  const needed = ['400', ...(guarded(operation) ? ['401', '403'] : []), ...(operation.requestBody ? ['415'] : [])];
  return needed
    .filter((status) => responses[status]?.content?.[PROBLEM] === undefined)
    .map((status) => `${label}: OpenAPI documents no ${status} problem+json`);
}

async function operationProblems(app: Injectable, admin: Headers, method: string, path: string, operation: Operation) {
  const label = `${method.toUpperCase()} ${path}`;
  const url = concrete(path);
  const problems = documentProblems(label, operation);
  // A guarded route judges the token before anything else: a stranger learns nothing of what it takes.
  const headers = guarded(operation) ? admin : {};
  if (guarded(operation)) {
    const stranger = await app.inject({ method, url: `${url}?zz_unknown[$ne]=1` });
    if (stranger.statusCode !== 401) problems.push(`${label}: no token answered ${stranger.statusCode}, not 401`);
  }
  const unknownKey = await app.inject({ method, url: `${url}?zz_unknown[$ne]=1`, headers });
  if (unknownKey.statusCode !== 400 || !unknownKey.body.includes('querystring.zz_unknown[$ne]')) {
    problems.push(`${label}: an unknown query key answered ${unknownKey.statusCode}, not 400 naming it`);
  }
  problems.push(...headerProblems(label, unknownKey.headers));
  if (operation.requestBody) {
    const text = await app.inject({
      method,
      url,
      headers: { ...headers, 'content-type': 'text/plain' },
      payload: '{}',
    });
    if (text.statusCode !== 415) problems.push(`${label}: a text/plain body answered ${text.statusCode}, not 415`);
  }
  return problems;
}

type Paths = Record<string, Partial<Record<(typeof METHODS)[number], Operation>>>;

const templateMatches = (template: string, url: string): boolean =>
  new RegExp(`^${template.replaceAll(/\{[^}]+\}/g, '[^/]+')}$`).test(url);

// A method no documented route serves at this URL (`/v1/certificates/legacy` is also `/v1/certificates/{no}`).
const unservedMethod = (paths: Paths, url: string) =>
  METHODS.find((method) =>
    Object.entries(paths).every(([template, operations]) => !operations[method] || !templateMatches(template, url)),
  );

async function pathProblems(app: Injectable, paths: Paths, path: string, documented: string[]): Promise<string[]> {
  const other = unservedMethod(paths, concrete(path));
  if (other === undefined) return [];
  const response = await app.inject({ method: other, url: concrete(path) });
  const allow = String(response.headers.allow ?? '').toLowerCase();
  const lacking = documented.filter((method) => !allow.split(', ').includes(method));
  if (response.statusCode === 405 && lacking.length === 0) return [];
  return [
    `${other.toUpperCase()} ${path}: answered ${response.statusCode} with Allow "${allow}", not 405 with every method`,
  ];
}

/**
 * Checks the HTTP conventions on every route the app documents: a guarded route without a token is
 * 401 before anything else; an unknown query key (with `admin`'s headers where guarded) is 400
 * naming it, a text/plain body is 415, another method is 405 with Allow, the security headers are
 * sent, and the OpenAPI document lists the client errors with their problem+json schema.
 * Resolves to the violations, each naming its route (none when all hold) and the number of routes checked.
 */
export async function httpConventionViolations(
  app: Injectable,
  admin: Headers,
): Promise<{ routes: number; violations: string[] }> {
  const document = JSON.parse((await app.inject({ method: 'GET', url: '/docs/json' })).body) as { paths: Paths };
  const violations: string[] = [];
  let routes = 0;
  for (const [path, operations] of Object.entries(document.paths)) {
    const documented = METHODS.filter((method) => operations[method] !== undefined);
    for (const method of documented) {
      routes += 1;
      violations.push(...(await operationProblems(app, admin, method, path, operations[method] as Operation)));
    }
    violations.push(...(await pathProblems(app, document.paths, path, documented)));
  }
  return { routes, violations };
}
