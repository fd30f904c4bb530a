import createClient, { type Middleware } from 'openapi-fetch';
import { type Clients, SERVICE_NAMES, type ServiceName } from './services.ts';

/** A bearer token, or where to get one for each request; none (undefined) for the public routes. */
export type TokenSource = string | undefined | (() => string | undefined | Promise<string | undefined>);

export interface ClientOptions {
  /** Where each service answers, e.g. `{ assessment: 'http://127.0.0.1:4101', … }`. */
  readonly baseUrls: Readonly<Record<ServiceName, string>>;
  /** Sent as `authorization: Bearer …` unless a call sets its own authorization header. */
  readonly token?: TokenSource;
  /** A request still unanswered after this long is aborted; 60 s unless given. */
  readonly timeoutMs?: number;
}

const bearer = (token: TokenSource): Middleware => ({
  async onRequest({ request }) {
    const value = typeof token === 'function' ? await token() : token;
    if (value !== undefined && !request.headers.has('authorization')) {
      request.headers.set('authorization', `Bearer ${value}`);
    }
    return request;
  },
});

// fetch's own failure says only "fetch failed": the cause names what went wrong, the service where.
const unreachable = (service: ServiceName, request: Request, error: unknown): Error => {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const why = cause?.code ?? cause?.message ?? (error as Error).message;
  return new Error(`the ${service} service is not reachable at ${request.url} (${why})`, { cause: error });
};

function serviceClient<S extends ServiceName>(service: S, options: ClientOptions): Clients[S] {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const client = createClient({
    baseUrl: options.baseUrls[service].replace(/\/+$/, ''),
    fetch: async (request: Request) => {
      try {
        return await fetch(request, { signal: AbortSignal.timeout(timeoutMs) });
      } catch (error) {
        throw unreachable(service, request, error);
      }
    },
  });
  if (options.token !== undefined) client.use(bearer(options.token));
  return client as Clients[S];
}

/**
 * A typed client per service, generated from its committed OpenAPI document: `GET`, `POST`, `PUT`,
 * `PATCH` take the documented path and its typed params and body, and resolve to openapi-fetch's
 * `{ data, error, response }` (`ok` and `okOrNull` turn a refusal into a thrown ApiProblem).
 */
export function createClients(options: ClientOptions): Clients {
  return Object.fromEntries(SERVICE_NAMES.map((service) => [service, serviceClient(service, options)])) as Clients;
}
