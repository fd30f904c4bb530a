import { type Problem, problemError } from './problem.ts';

export interface HttpCall {
  readonly method: 'GET' | 'POST' | 'PUT';
  /** Path and query, e.g. `/v1/sessions/s-1/candidates?limit=1000`. */
  readonly path: string;
  /** Bearer token; none for public routes. */
  readonly token?: string;
  readonly json?: unknown;
  /** A CSV sheet, sent as text/csv. */
  readonly csv?: string;
}

/** One platform service over HTTP: JSON in and out, problem+json answers thrown as ProblemErrors. */
export interface ServiceHttp {
  readonly service: string;
  readonly baseUrl: string;
  send<T>(call: HttpCall): Promise<T>;
  /** A GET that answers null for 404. */
  find<T>(path: string, token?: string): Promise<T | null>;
  /** Throws, naming the URL, unless `/ready` answers 200. */
  ready(): Promise<void>;
}

// A 10,000-row sheet takes the assessment service a few seconds; nothing should take a minute.
const requestTimeoutMs = 60_000;

function unreachable(service: string, url: string, error: unknown): Error {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const why = cause?.code ?? cause?.message ?? (error as Error).message;
  return new Error(
    `the ${service} service is not reachable at ${url} (${why}): start the platform (npm start) or point ` +
      `TIANFU_${service.toUpperCase().replaceAll('-', '_')}_URL at it`,
  );
}

async function problemOf(response: Response): Promise<Problem> {
  const text = await response.text();
  try {
    const body = JSON.parse(text) as Partial<Problem>;
    return { ...body, status: response.status, code: body.code ?? `HTTP_${response.status}` };
  } catch {
    return { status: response.status, code: `HTTP_${response.status}`, detail: text.slice(0, 300) };
  }
}

export function serviceHttp(service: string, baseUrl: string): ServiceHttp {
  const root = baseUrl.replace(/\/+$/, '');

  async function exchange({ method, path, token, json, csv }: HttpCall): Promise<Response> {
    const headers: Record<string, string> = {};
    if (token !== undefined) headers.authorization = `Bearer ${token}`;
    if (json !== undefined) headers['content-type'] = 'application/json';
    if (csv !== undefined) headers['content-type'] = 'text/csv; charset=utf-8';
    const body = csv ?? (json === undefined ? undefined : JSON.stringify(json));
    const url = `${root}${path}`;
    try {
      return await fetch(url, { method, headers, body, signal: AbortSignal.timeout(requestTimeoutMs) });
    } catch (error) {
      throw unreachable(service, url, error);
    }
  }

  async function send<T>(call: HttpCall): Promise<T> {
    const response = await exchange(call);
    if (!response.ok) throw problemError(`${call.method} ${service} ${call.path}`, await problemOf(response));
    return (await response.json()) as T;
  }

  return {
    service,
    baseUrl: root,
    send,
    async find<T>(path: string, token?: string) {
      const response = await exchange({ method: 'GET', path, ...(token === undefined ? {} : { token }) });
      if (response.status === 404) return null;
      if (!response.ok) throw problemError(`GET ${service} ${path}`, await problemOf(response));
      return (await response.json()) as T;
    },
    async ready() {
      const response = await exchange({ method: 'GET', path: '/ready' });
      if (!response.ok) {
        throw new Error(`the ${service} service at ${root} is up but not ready: ${await response.text()}`);
      }
    },
  };
}
